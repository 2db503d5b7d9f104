import type { BrokerDeps } from '../../deps.js';
import { findPact } from '../pacts/find-pact.js';
import type { StoredPact } from '../pacts/pact-resource.js';
import { FieldErrorList } from '../errors/pact-validation-error.js';
import { publishContracts } from './publish-contracts.js';

/** `PUT /pacts/provider/{p}/consumer/{c}/version/{v}`: which pact, and its JSON body as sent. */
export interface PutPactInput {
  provider: string;
  consumer: string;
  version: string;
  body: unknown;
}

/**
 * Publishes one pact the way older Pact clients do, through the same checks and transaction as
 * `POST /contracts/publish` (so changed content is a 409 unless the broker allows modification). The pact must
 * name the consumer and provider of its path (400 otherwise). Returns the stored pact and whether it is new.
 */
export async function putPact(
  deps: BrokerDeps,
  input: PutPactInput,
): Promise<{ pact: StoredPact; created: boolean }> {
  const { provider, consumer, version, body } = input;
  const errors = new FieldErrorList();
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    errors.add('body', 'must be a pact object');
  else {
    const pact = body as { consumer?: { name?: unknown }; provider?: { name?: unknown } };
    if (pact.consumer?.name !== consumer)
      errors.add('consumer', `the pact's consumer name must be "${consumer}"`);
    if (pact.provider?.name !== provider)
      errors.add('provider', `the pact's provider name must be "${provider}"`);
  }
  errors.throwIfAny();
  const [published] = await publishContracts(deps, {
    pacticipantName: consumer,
    pacticipantVersionNumber: version,
    contracts: [{ consumer, provider, text: JSON.stringify(body) }],
  });
  const pact = await findPact(deps.store, provider, consumer, { kind: 'version', version });
  return { pact, created: published!.result.outcome === 'created' };
}
