import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { findService } from '../../services/find-service.js';
import type { Store } from '../../store/index.js';
import type { PactCandidate } from '../store/pact-candidates.js';
import { halFor, sendHal } from '../hal/hal.js';
import { latestPactPath, pacticipantPath, pactByVersionPath } from '../hal/paths.js';
import { access } from '../../auth/route-access.js';

/** The newest pact of each consumer among the candidates (optionally only those with a tag). */
function latestPerConsumer(candidates: PactCandidate[], tag?: string): PactCandidate[] {
  const latest = new Map<string, PactCandidate>();
  for (const candidate of candidates)
    if (tag === undefined || candidate.tags.includes(tag)) latest.set(candidate.consumer, candidate);
  return [...latest.values()];
}

async function latestOfProvider(store: Store, provider: string, tag?: string): Promise<PactCandidate[]> {
  const service = await findService(store, provider);
  return latestPerConsumer(await store.pact.candidates.forProvider(service.id), tag);
}

/**
 * `pb:latest-provider-pacts` (what a verifier without selectors reads) and `pb:latest-pact-versions`
 * (what `pact broker list-latest-pact-versions` reads).
 */
export function latestPactsRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const providerLatest = async (provider: string, tag: string | undefined, url: string) => {
    const candidates = await latestOfProvider(deps.store, provider, tag);
    return { candidates, url };
  };
  for (const path of ['/pacts/provider/:provider/latest', '/pacts/provider/:provider/latest/:tag']) {
    app.get<{ Params: { provider: string; tag?: string } }>(path, access('read'), async (request, reply) => {
      const hal = halFor(request);
      const { provider, tag } = request.params;
      const { candidates } = await providerLatest(provider, tag, request.url);
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
    const pacts = [];
    for (const { provider } of uniqueProviders(await deps.store.integrations.latest())) {
      for (const pact of await latestOfProvider(deps.store, provider)) {
        pacts.push({
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
        });
      }
    }
    return sendHal(reply, { pacts, _links: { self: hal.link('/pacts/latest') } });
  });
}

function uniqueProviders(rows: Array<{ provider: string }>): Array<{ provider: string }> {
  return [...new Set(rows.map((row) => row.provider))].sort().map((provider) => ({ provider }));
}
