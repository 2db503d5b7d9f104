import type { FastifyInstance } from 'fastify';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { halFor, sendHal } from '../hal/hal.js';
import { findPact, type PactQuery } from './find-pact.js';
import { pactResource } from './pact-resource.js';

type P = {
  Params: {
    provider: string;
    consumer: string;
    version: string;
    tag: string;
    branch: string;
    sha: string;
    metadata: string;
  };
};

const base = '/pacts/provider/:provider/consumer/:consumer';

/** One integration's pacts: by consumer version, latest (by branch or tag), and by content (with selection metadata). */
export function pactRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const route = (path: string, query: (params: P['Params']) => PactQuery) =>
    app.get<P>(`${base}${path}`, access('read'), async (request, reply) => {
      const { provider, consumer, metadata } = request.params;
      const pact = await findPact(deps.store, provider, consumer, query(request.params));
      return sendHal(reply, pactResource(halFor(request), pact, metadata));
    });

  route('/version/:version', (params) => ({ kind: 'version', version: params.version }));
  route('/latest', () => ({ kind: 'latest' }));
  route('/latest/:tag', (params) => ({ kind: 'latest', tag: params.tag }));
  route('/branch/:branch/latest', (params) => ({ kind: 'latest', branch: params.branch }));
  route('/pact-version/:sha', (params) => ({ kind: 'content', sha: params.sha }));
  route('/pact-version/:sha/metadata/:metadata', (params) => ({ kind: 'content', sha: params.sha }));
}
