import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { halFor, sendHal } from '../hal/hal.js';
import { latestPactPath, pacticipantPath, pactByVersionPath } from '../hal/paths.js';
import { access } from '../../auth/route-access.js';
import { findLatestPacts, findLatestProviderPacts } from './latest-pacts.js';

/**
 * `pb:latest-provider-pacts` (what a verifier without selectors reads) and `pb:latest-pact-versions`
 * (what `pact broker list-latest-pact-versions` reads).
 */
export function latestPactsRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  for (const path of ['/pacts/provider/:provider/latest', '/pacts/provider/:provider/latest/:tag']) {
    app.get<{ Params: { provider: string; tag?: string } }>(path, access('read'), async (request, reply) => {
      const hal = halFor(request);
      const { provider, tag } = request.params;
      const candidates = await findLatestProviderPacts(deps.store, provider, tag);
      const pacts = candidates.map((pact) =>
        hal.link(pactByVersionPath(provider, pact.consumer, pact.consumerVersion), {
          title: `Pact between ${pact.consumer} (${pact.consumerVersion}) and ${provider}`,
          name: pact.consumer,
        }),
      );
      return sendHal(reply, {
        _links: {
          self: hal.link(request.url.split('?')[0] ?? ''),
          provider: hal.link(pacticipantPath(provider), { name: provider }),
          'pb:pacts': pacts,
          pacts,
        },
      });
    });
  }

  app.get('/pacts/latest', access('read'), async (request, reply) => {
    const hal = halFor(request);
    const pacts = (await findLatestPacts(deps.store)).map(({ provider, ...pact }) => ({
      createdAt: pact.createdAt.toISOString(),
      _embedded: {
        consumer: {
          name: pact.consumer,
          _links: { self: hal.link(pacticipantPath(pact.consumer)) },
          _embedded: { version: { number: pact.consumerVersion } },
        },
        provider: { name: provider, _links: { self: hal.link(pacticipantPath(provider)) } },
      },
      _links: {
        self: [
          hal.link(latestPactPath(provider, pact.consumer), { title: 'Latest pact' }),
          hal.link(pactByVersionPath(provider, pact.consumer, pact.consumerVersion), { title: 'Pact' }),
        ],
      },
    }));
    return sendHal(reply, { pacts, _links: { self: hal.link('/pacts/latest') } });
  });
}
