import { compareRequests } from '@signet/core';
import type { Contract, HttpInteraction, Mismatch } from '@signet/core';
import type { MockRequest, MockResponse, Responder } from '../http/mock-exchange.js';
import { problemResponse } from '../http/problem.js';
import { actualRequest } from './actual-request.js';
import { applyGenerators } from './generators/apply-generators.js';
import { pactResponse } from './pact-response.js';

/** The request header naming the provider state(s) to replay; one state per header line. */
export const PROVIDER_STATE_HEADER = 'x-pact-provider-state';

/** The response header listing the generators that kept the contract's example, and why. */
export const KEPT_EXAMPLES_HEADER = 'x-signet-mock-kept-examples';

/** A Pact replayed: the responder, and which of its HTTP interactions have been answered so far. */
export interface ContractReplay {
  respond: Responder;
  interactions: HttpInteraction[];
  exercised: ReadonlySet<HttpInteraction>;
}

/**
 * Replays a contract's HTTP interactions: a request gets the response of the first interaction (in file order)
 * that core's Pact matching accepts and whose provider states include every state the request names in
 * `X-Pact-Provider-State`, with the response's generators applied (ProviderState values from that interaction's
 * state parameters, MockServerURL pointing at this mock). Anything else is answered 500 with the closest
 * interaction and its mismatches.
 */
export function contractReplay(contract: Contract, scheme: 'http' | 'https' = 'http'): ContractReplay {
  const interactions = contract.interactions.filter((i): i is HttpInteraction => i.kind === 'http');
  const exercised = new Set<HttpInteraction>();
  const respond = (request: MockRequest): MockResponse => {
    const actual = actualRequest(request);
    // The state header is the mock's, not the consumer's: it is not part of what the contract matches.
    delete actual.headers[PROVIDER_STATE_HEADER];
    const states = request.headers[PROVIDER_STATE_HEADER] ?? [];
    let closest: { interaction: HttpInteraction; mismatches: Mismatch[]; score: number } | undefined;
    for (const interaction of interactions) {
      const mismatches = compareRequests(interaction.request, actual, contract.pactVersion);
      const missingStates = states.filter((s) => !interaction.providerStates.some((p) => p.name === s));
      if (mismatches.length === 0 && missingStates.length === 0) {
        exercised.add(interaction);
        return generatedResponse(interaction, request, scheme);
      }
      for (const state of missingStates)
        mismatches.push({
          kind: 'metadata',
          path: PROVIDER_STATE_HEADER,
          message: `interaction has no provider state '${state}'`,
        });
      // A wrong method or path counts for more than a wrong value: the closest is the same endpoint.
      const score = mismatches.reduce(
        (sum, m) => sum + (m.kind === 'method' || m.kind === 'path' ? 100 : 1),
        0,
      );
      if (!closest || score < closest.score) closest = { interaction, mismatches, score };
    }
    return problemResponse(
      {
        status: 500,
        code: 'no-interaction',
        title: 'No Matching Interaction',
        detail: `no interaction of ${contract.consumer} → ${contract.provider} matches ${request.method} ${request.path}`,
        ...(closest && {
          closest: {
            description: closest.interaction.description,
            providerStates: closest.interaction.providerStates.map((s) => s.name),
            mismatches: closest.mismatches.map(({ kind, path, message }) => ({ kind, path, message })),
          },
        }),
      },
      'unmatched',
    );
  };
  return { respond, interactions, exercised };
}

function generatedResponse(interaction: HttpInteraction, request: MockRequest, scheme: string): MockResponse {
  const stateParams = Object.assign({}, ...interaction.providerStates.map((s) => s.params ?? {})) as Record<
    string,
    unknown
  >;
  const host = request.headers['host']?.[0] ?? 'localhost';
  const { response, kept } = applyGenerators(interaction.response, {
    stateParams,
    mockUrl: `${scheme}://${host}`,
    now: new Date(),
  });
  const answer = pactResponse(response);
  // Header values must be visible ASCII; the reasons quote the contract, which may not be.
  if (kept.length > 0) answer.headers[KEPT_EXAMPLES_HEADER] = kept.join('; ').replace(/[^\x20-\x7e]/g, '?');
  return answer;
}
