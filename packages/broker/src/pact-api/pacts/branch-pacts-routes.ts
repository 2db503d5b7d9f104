import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { parse } from '../../http/parse.js';
import { refName } from '../../http/schemas.js';
import { halFor, sendHal } from '../hal/hal.js';
import { pacticipantPath, pactByVersionPath } from '../hal/paths.js';
import { findBranchPacts } from './branch-pacts.js';
import { findPact } from './find-pact.js';
import { pactResource } from './pact-resource.js';

type P = { Params: { provider: string; consumer?: string; branch?: string; '*'?: string } };

/**
 * A branch name the client sent with its slashes unencoded (`…/branch/feat/x[/latest]`, as `pact broker
 * get-pacts --branch feat/x` does), from the rest of the path: a trailing `/latest` asks for the newest.
 */
function slashedBranch(rest: string): { branch: string; latest: boolean } {
  const latest = rest.endsWith('/latest');
  const branch = parse(refName, latest ? rest.slice(0, -'/latest'.length) : rest, 'path');
  return { branch, latest };
}

/**
 * `/pacts/provider/{p}[/consumer/{c}]/branch[/{b}][/latest]`: what `pact broker get-pacts` reads, in the shape of
 * `pb:latest-provider-pacts` (`pb:pacts` links). `…/consumer/{c}/branch/{b}/latest` is the pact itself
 * (`pact-routes.ts`).
 */
export function branchPactsRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const paths: Array<[string, boolean]> = [
    ['/pacts/provider/:provider/branch', false],
    ['/pacts/provider/:provider/branch/latest', true],
    ['/pacts/provider/:provider/branch/:branch', false],
    ['/pacts/provider/:provider/branch/:branch/latest', true],
    ['/pacts/provider/:provider/consumer/:consumer/branch', false],
    ['/pacts/provider/:provider/consumer/:consumer/branch/latest', true],
    ['/pacts/provider/:provider/consumer/:consumer/branch/:branch', false],
  ];
  for (const [path, latest] of paths) {
    app.get<P>(path, access('read'), (request, reply) => {
      const { provider, consumer, branch } = request.params;
      return sendBranchPacts(request, reply, { provider, consumer, branch, latest });
    });
  }
  // Unencoded slashes: more path segments than the routes above take.
  app.get<P>('/pacts/provider/:provider/branch/*', access('read'), (request, reply) => {
    const { branch, latest } = slashedBranch(request.params['*'] ?? '');
    return sendBranchPacts(request, reply, { provider: request.params.provider, branch, latest });
  });
  app.get<P>(
    '/pacts/provider/:provider/consumer/:consumer/branch/*',
    access('read'),
    async (request, reply) => {
      const { provider, consumer } = request.params;
      const { branch, latest } = slashedBranch(request.params['*'] ?? '');
      if (!latest) return sendBranchPacts(request, reply, { provider, consumer, branch, latest });
      // `…/consumer/{c}/branch/{b}/latest` is the pact itself, as in pact-routes.ts.
      const pact = await findPact(deps.store, provider, consumer!, { kind: 'latest', branch });
      return sendHal(reply, pactResource(halFor(request), pact));
    },
  );

  async function sendBranchPacts(
    request: FastifyRequest,
    reply: FastifyReply,
    query: { provider: string; consumer?: string; branch?: string; latest: boolean },
  ) {
    const { provider, consumer, branch, latest } = query;
    const { service, pacts: found } = await findBranchPacts(deps.store, {
      provider,
      consumer,
      branch,
      latest,
    });
    const hal = halFor(request);
    const pacts = found.map((pact) =>
      hal.link(pactByVersionPath(service.name, pact.consumer, pact.consumerVersion), {
        title: `Pact between ${pact.consumer} (${pact.consumerVersion}) and ${service.name}`,
        name: pact.consumer,
      }),
    );
    return sendHal(reply, {
      _links: {
        self: hal.link(request.url.split('?')[0] ?? ''),
        provider: hal.link(pacticipantPath(service.name), { name: service.name }),
        'pb:pacts': pacts,
        pacts,
      },
    });
  }
}
