import type { BrokerEvent } from '@signet/client';

const str = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/** One line saying what happened, from the event's payload (unknown payload fields are simply not shown). */
export function eventSummary(event: BrokerEvent): string {
  const p = event.payload;
  const parts: string[] = [];
  const consumer = str(p['consumer']);
  const provider = str(p['provider']);
  if (consumer && provider)
    parts.push(`${consumer} ${str(p['consumerVersion']) ?? ''} → ${provider}`.replace(/\s+/g, ' '));
  else if (str(p['service'])) parts.push(`${str(p['service'])} ${str(p['version']) ?? ''}`.trim());
  else if (event.service) parts.push(event.service + (str(p['version']) ? ` ${str(p['version'])}` : ''));
  if (str(p['environment'])) parts.push(`in ${str(p['environment'])}`);
  if (str(p['status'])) parts.push(`(${str(p['status'])})`);
  return parts.join(' ');
}
