import type { CreateWebhookInput } from '@signet/client';
import { CliError } from '../../exit-codes.js';
import { didYouMean } from '../../output/nearest-name.js';

type EventName = CreateWebhookInput['events'][number];

/** Signet's webhook events, then the Pact Broker names that stand for some of them (as the broker accepts). */
export const webhookEventNames = [
  'spec.published',
  'contract.published',
  'contract.content_changed',
  'comparison.succeeded',
  'comparison.failed',
  'verification.succeeded',
  'verification.failed',
  'deployment.recorded',
  'contract_published',
  'contract_content_changed',
  'contract_requiring_verification_published',
  'provider_verification_published',
  'provider_verification_succeeded',
  'provider_verification_failed',
] as const satisfies readonly EventName[];

// Fails to compile when the broker's API gains an event this list lacks (the client's types are generated).
const complete: Exclude<EventName, (typeof webhookEventNames)[number]> extends never ? true : never = true;
void complete;

/**
 * Checks `--event` values before anything is sent: an unknown one is a usage error listing the valid names and
 * suggesting the nearest.
 */
export function checkEventNames(events: readonly string[]): EventName[] {
  const known: readonly string[] = webhookEventNames;
  for (const event of events) {
    if (!known.includes(event))
      throw new CliError(
        `unknown --event '${event}'${didYouMean(event, known)}\n  valid events: ${webhookEventNames.join(', ')}`,
      );
  }
  return events as EventName[];
}
