import { documentedResponse } from './documented-response.js';
import { fail, pass, type CheckInput, type CheckOutcome } from './check-outcome.js';

/** `no-server-error`: the provider never answers 5xx (the failure's example shows the body). */
export function noServerError({ response }: CheckInput): CheckOutcome {
  return response.status >= 500
    ? fail('no-server-error', `server error ${response.status}`)
    : pass('no-server-error');
}

/** `status-documented`: the status is in the operation's responses (exact, range or default). */
export function statusDocumented({ operation, response }: CheckInput): CheckOutcome {
  if (documentedResponse(operation, response.status)) return pass('status-documented');
  const documented = operation.responses.map((r) => r.status).join(', ') || 'none';
  return fail('status-documented', `status ${response.status} is not documented (documented: ${documented})`);
}

/** `negative-rejected`: an invalid request is answered with a 4xx (only for negative requests). */
export function negativeRejected({ kind, response }: CheckInput): CheckOutcome | undefined {
  if (kind !== 'negative') return undefined;
  const rejected = response.status >= 400 && response.status < 500;
  return rejected
    ? pass('negative-rejected')
    : fail('negative-rejected', `invalid request was answered ${response.status}, expected a 4xx`);
}
