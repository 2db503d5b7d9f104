import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** A webhook destination the SSRF guard refuses; the message says why. */
export class DestinationRefusedError extends Error {
  override readonly name = 'DestinationRefusedError';
}

/** Loopback, private, link-local, carrier-grade NAT, multicast and reserved ranges. */
const refusedRanges: Array<[string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['224.0.0.0', 3, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

/**
 * The SSRF guard: only http(s), and no loopback, private or link-local address unless the allow-list names it
 * (`SIGNET_WEBHOOK_ALLOWED_HOSTS`: host names, IPs or CIDRs). Names are resolved and every resolved address
 * checked, at connection time (`lookup`), so a name cannot resolve to an allowed address when checked and a
 * refused one when used.
 */
export class AddressPolicy {
  private readonly refused = new BlockList();
  private readonly allowed = new BlockList();
  private readonly allowedNames = new Set<string>();

  constructor(allowedHosts: readonly string[]) {
    for (const [address, prefix, type] of refusedRanges) this.refused.addSubnet(address, prefix, type);
    for (const entry of allowedHosts) {
      const [address, prefix] = entry.split('/');
      const type = isIP(address ?? '');
      if (type === 0) this.allowedNames.add(entry.toLowerCase());
      else if (prefix === undefined) this.allowed.addAddress(address!, type === 4 ? 'ipv4' : 'ipv6');
      else this.allowed.addSubnet(address!, Number(prefix), type === 4 ? 'ipv4' : 'ipv6');
    }
  }

  /** Checks the scheme, and the address when the URL names one; host names are checked by `lookup`. */
  checkUrl(url: URL): void {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new DestinationRefusedError(`only http and https URLs are called, not ${url.protocol}`);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0) this.checkAddress(host);
  }

  /** True when a host name is on the allow-list (its addresses are then not checked). */
  allowsName(hostname: string): boolean {
    return this.allowedNames.has(hostname.toLowerCase());
  }

  checkAddress(address: string): void {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    const ip = mapped ?? address;
    const type = isIP(ip) === 4 ? 'ipv4' : 'ipv6';
    if (this.refused.check(ip, type) && !this.allowed.check(ip, type))
      throw new DestinationRefusedError(
        `${address} is a loopback, private or link-local address; allow it with SIGNET_WEBHOOK_ALLOWED_HOSTS`,
      );
  }

  /** A `lookup` for node:http that resolves a name and refuses it if any of its addresses is refused. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      try {
        if (!this.allowsName(hostname)) for (const { address } of addresses) this.checkAddress(address);
      } catch (refusal) {
        return callback(refusal as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}
