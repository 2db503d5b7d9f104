import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { halFor, sendHal } from '../hal/hal.js';
import { readForVerificationRequest, type ForVerificationRequest } from './for-verification-request.js';
import { pactsForVerification } from './pacts-for-verification.js';
import { renderAnswer } from './render-answer.js';
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
    return sendHal(reply, renderAnswer(halFor(request), provider, pacts, context));
  };

  app.get<P>('/pacts/provider/:provider/for-verification', access('read'), async (request, reply) =>
    answer(request, reply, readForVerificationRequest({}, new Set())),
  );

  app.post<P>('/pacts/provider/:provider/for-verification', access('read'), async (request, reply) => {
    const environments = new Set((await deps.store.pact.environments.all()).map((e) => e.name));
    return answer(request, reply, readForVerificationRequest(request.body, environments));
  });
}
