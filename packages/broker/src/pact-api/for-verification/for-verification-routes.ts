import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { halFor, sendHal, type Hal } from '../hal/hal.js';
import { forVerificationPath, pactVersionPath } from '../hal/paths.js';
import { readForVerificationRequest, type ForVerificationRequest } from './for-verification-request.js';
import { noticesFor } from './notices.js';
import { pactsForVerification, type VerifiablePact } from './pacts-for-verification.js';
import type { ProviderContext } from './pending.js';
import { encodeMetadata } from './selection-metadata.js';
import { access } from '../../auth/route-access.js';

type P = { Params: { provider: string } };

/**
 * `…/for-verification`: `GET` answers with the default selection and the `self` link verifiers POST their
 * selectors to; `POST` answers for the selectors, pending status and WIP pacts in the body.
 */
export function forVerificationRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const answer = async (request: FastifyRequest<P>, reply: FastifyReply, body: ForVerificationRequest) => {
    const { provider } = request.params;
    const { pacts, context } = await pactsForVerification(deps.store, provider, body);
    const hal = halFor(request);
    return sendHal(reply, {
      _embedded: { pacts: pacts.map((pact) => render(hal, provider, pact, context)) },
      _links: {
        self: hal.link(forVerificationPath(provider), { title: `Pacts to be verified by ${provider}` }),
      },
    });
  };

  app.get<P>('/pacts/provider/:provider/for-verification', access('read'), async (request, reply) =>
    answer(request, reply, readForVerificationRequest({}, new Set())),
  );

  app.post<P>('/pacts/provider/:provider/for-verification', access('read'), async (request, reply) => {
    const environments = new Set((await deps.store.pact.environments.all()).map((e) => e.name));
    return answer(request, reply, readForVerificationRequest(request.body, environments));
  });
}

function render(hal: Hal, provider: string, pact: VerifiablePact, context: ProviderContext) {
  const { candidate } = pact;
  const metadata = encodeMetadata({
    consumerVersions: pact.consumerVersions,
    pending: pact.pending ?? false,
    wip: pact.wip,
  });
  const self = hal.link(pactVersionPath(provider, candidate.consumer, candidate.contentSha, metadata), {
    name: `Pact between ${candidate.consumer} (${pact.consumerVersions.join(', ')}) and ${provider}`,
  });
  const notices = noticesFor(
    {
      url: self.href,
      provider,
      criteria: pact.criteria,
      wip: pact.wip,
      pending: pact.pending,
      notPendingBecause: pact.notPendingBecause,
    },
    context,
  );
  return {
    shortDescription: pact.criteria.join('; '),
    verificationProperties: {
      ...(pact.pending === undefined ? {} : { pending: pact.pending }),
      ...(pact.wip ? { wip: true } : {}),
      notices,
    },
    _links: { self },
  };
}
