import { isIP } from 'node:net';

/**
 * Why the broker's SSRF guard would refuse to call `url`, judged from the URL alone: `localhost` and literal
 * loopback, private, link-local, carrier-grade NAT or unspecified addresses. Host names that resolve to such
 * addresses are caught by the broker only (it resolves at connection time); this is a warning, not a check.
 * Undefined when nothing here says the broker would refuse it.
 */
export function refusedDestination(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is a loopback name`;
  const kind = isIP(host) === 4 ? ipv4Kind(host) : isIP(host) === 6 ? ipv6Kind(host) : undefined;
  return kind === undefined ? undefined : `${host} is ${kind} address`;
}

function ipv4Kind(address: string): string | undefined {
  const [a = 0, b = 0] = address.split('.').map(Number);
  if (a === 127) return 'a loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private';
  if (a === 169 && b === 254) return 'a link-local';
  if (a === 100 && b >= 64 && b <= 127) return 'a carrier-grade NAT';
  if (a === 0) return 'an unspecified';
  return undefined;
}

function ipv6Kind(address: string): string | undefined {
  if (address === '::1') return 'a loopback';
  if (address === '::') return 'an unspecified';
  const mapped = mappedIPv4(address);
  if (mapped !== undefined) return ipv4Kind(mapped);
  if (/^f[cd]/.test(address)) return 'a private (unique local)';
  if (/^fe[89ab]/.test(address)) return 'a link-local';
  return undefined;
}

/** The IPv4 address an IPv4-mapped IPv6 address carries, in either form URL parsing may leave it. */
function mappedIPv4(address: string): string | undefined {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (dotted !== undefined) return dotted;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (hex === null) return undefined;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** The warning `webhook create|update` prints, naming the broker setting that allows such a host. */
export function destinationWarning(url: string): string | undefined {
  const why = refusedDestination(url);
  if (why === undefined) return undefined;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return (
    `warning: ${why}: the broker refuses to save or call it unless SIGNET_WEBHOOK_ALLOWED_HOSTS names it ` +
    `(e.g. SIGNET_WEBHOOK_ALLOWED_HOSTS=${host}; see docs/webhooks.md)\n`
  );
}
