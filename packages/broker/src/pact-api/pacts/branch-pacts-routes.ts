import type { FastifyInstance } from 'fastify';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { findService } from '../../services/find-service.js';
import type { PactCandidate } from '../store/pact-candidates.js';
import { halFor, sendHal } from '../hal/hal.js';
import { pacticipantPath, pactByVersionPath } from '../hal/paths.js';

type P = { Params: { provider: string; consumer?: string; branch?: string } };

/**
 * The pacts of a provider whose consumer version is on a branch (without a branch: each consumer's main branch),
 * all of them or only the newest per consumer. Candidates come in publication order.
 */
export function pactsOnBranch(candidates: PactCandidate[], branch: string | undefined, latest: boolean) {
  const on = candidates.filter(
    (pact) => pact.branch !== null && pact.branch === (branch ?? pact.consumerMainBranch),
  );
  if (!latest) return on;
  const newest = new Map<string, PactCandidate>();
  for (const pact of on) newest.set(pact.consumer, pact);
  return [...newest.values()];
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
    app.get<P>(path, access('read'), async (request, reply) => {
      const { provider, consumer, branch } = request.params;
      const service = await findService(deps.store, provider);
      const candidates = await deps.store.pact.candidates.forProvider(service.id, consumer);
      const hal = halFor(request);
      const pacts = pactsOnBranch(candidates, branch, latest).map((pact) =>
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
    });
  }
}
