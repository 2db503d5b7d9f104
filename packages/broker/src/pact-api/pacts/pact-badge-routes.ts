import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access } from '../../auth/route-access.js';
import { defaultPactSettings } from '../../config/pact-settings.js';
import type { BrokerDeps } from '../../deps.js';
import { parse } from '../../http/parse.js';
import { name, refName } from '../../http/schemas.js';
import { badgeSvg } from '../can-i-deploy/badge-svg.js';
import { matrixBadge } from './matrix-badge.js';
import { pactBadge, type PactBadgeQuery } from './pact-badge.js';

const params = z.object({ provider: name, consumer: name, tag: refName.optional() });
const matrixParams = z.object({ provider: name, consumer: name, providerTag: refName, tag: refName });
const query = z.object({ label: z.string().max(100).optional() });
const base = '/pacts/provider/:provider/consumer/:consumer';

/**
 * The Pact Broker's pact badges (`…/latest/badge`, `…/latest/{tag}/badge`, `…/latest-untagged/badge`) and its
 * matrix badge (`/matrix/provider/{p}/latest/{providerTag}/consumer/{c}/latest/{tag}/badge`), SVGs drawn here. `read`, or `public` when the broker enables public badge access (declared at start-up).
 */
export function pactBadgeRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const badgeAccess = (deps.pact ?? defaultPactSettings).enablePublicBadgeAccess ? 'public' : 'read';
  const route = (path: string, which: (tag?: string) => PactBadgeQuery) =>
    app.get(`${base}${path}`, access(badgeAccess), async (request, reply) => {
      const { provider, consumer, tag } = parse(params, request.params, 'path');
      const { label } = parse(query, request.query, 'query');
      const badge = await pactBadge(deps.store, { provider, consumer }, which(tag), label);
      return reply.header('cache-control', 'no-cache').type('image/svg+xml').send(badgeSvg(badge));
    });
  route('/latest/badge', () => ({ kind: 'latest' }));
  route('/latest/:tag/badge', (tag) => ({ kind: 'tag', tag: tag! }));
  route('/latest-untagged/badge', () => ({ kind: 'untagged' }));
  app.get(
    '/matrix/provider/:provider/latest/:providerTag/consumer/:consumer/latest/:tag/badge',
    access(badgeAccess),
    async (request, reply) => {
      const { provider, consumer, providerTag, tag } = parse(matrixParams, request.params, 'path');
      const { label } = parse(query, request.query, 'query');
      const badge = await matrixBadge(
        deps.store,
        { provider, consumer },
        { consumer: tag, provider: providerTag },
        label,
      );
      return reply.header('cache-control', 'no-cache').type('image/svg+xml').send(badgeSvg(badge));
    },
  );
}
