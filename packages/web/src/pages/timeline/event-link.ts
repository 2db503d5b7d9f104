import type { BrokerEvent } from '@signet/client';
import { hrefs } from '../../router/hrefs.js';

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Where an event leads: a comparison to its pair on the integration page, a publication to its version, … */
export function eventLink(event: BrokerEvent): { href: string; label: string } | undefined {
  const p = event.payload;
  const consumer = text(p['consumer']);
  const provider = text(p['provider']);
  const version = text(p['version']) ?? text(p['consumerVersion']);
  if (event.type.startsWith('comparison.') && consumer && provider)
    return {
      href: hrefs.integration(consumer, provider, {
        contractSha: text(p['contractSha']),
        specSha: text(p['specSha']),
      }),
      label: 'the comparison',
    };
  if (event.type.startsWith('contract.') && consumer && provider)
    return {
      href: hrefs.integration(consumer, provider, { consumerVersion: text(p['consumerVersion']) }),
      label: 'the integration',
    };
  const service = text(p['service']) ?? (event.type.startsWith('verification.') ? provider : undefined);
  const owner = service ?? event.service ?? undefined;
  if (owner && version) return { href: hrefs.version(owner, version), label: `version ${version}` };
  if (event.type === 'environment.created') return { href: hrefs.environments(), label: 'environments' };
  return undefined;
}

/** Whether the event reports something broken: a failed comparison or verification, an incompatible status. */
export function isFailure(event: BrokerEvent): boolean {
  return event.type.endsWith('.failed') || event.payload['status'] === 'incompatible';
}
