import type { BrokerDeps } from '../deps.js';
import { BadRequestError } from '../errors/broker-error.js';
import { DestinationRefusedError } from './address-policy.js';
import { defaultWebhookRuntime } from './runtime.js';

/** A placeholder in a URL template; its value is known only when an event is rendered. */
const placeholder = /\$\{(signet|pactbroker)\.\w+\}/g;
const marker = 'signet-placeholder';

/**
 * Refuses on save a URL the SSRF guard would refuse at every delivery: not http(s), a private, loopback or
 * link-local address written into it, or `localhost` (RFC 6761 names resolve to loopback), unless
 * `SIGNET_WEBHOOK_ALLOWED_HOSTS` allows it. Other host names are checked when delivering, where they are
 * resolved (resolving here would make saving depend on this machine's DNS), and so is a host that is a
 * placeholder.
 */
export function checkDestination(deps: BrokerDeps, template: string): void {
  const policy = (deps.webhooks ?? defaultWebhookRuntime).policy;
  const url = new URL(template.replace(placeholder, marker));
  if (url.hostname.includes(marker)) return;
  try {
    policy.checkUrl(url);
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    if ((host === 'localhost' || host.endsWith('.localhost')) && !policy.allowsName(host))
      policy.checkAddress('127.0.0.1');
  } catch (refusal) {
    if (!(refusal instanceof DestinationRefusedError)) throw refusal;
    throw new BadRequestError(
      'webhook.destination-refused',
      `url: ${refusal.message.replace('127.0.0.1 is', `${url.hostname} is`)}`,
    );
  }
}
