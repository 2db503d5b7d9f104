import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { classifyAddress } from './address-class.js';

/** A webhook destination the SSRF guard refuses; the message says why. */
export class DestinationRefusedError extends Error {
  override readonly name = 'DestinationRefusedError';
}

/**
 * The SSRF guard: only http(s), and only public addresses (`classifyAddress`) unless the allow-list names them
 * (`SIGNET_WEBHOOK_ALLOWED_HOSTS`: host names, IPs or CIDRs). Names are resolved and every resolved address
 * checked, at connection time (`lookup`), so a name cannot resolve to an allowed address when checked and a
 * refused one when used.
 */
export class AddressPolicy {
  private readonly allowed = new BlockList();
  private readonly allowedNames = new Set<string>();

  constructor(allowedHosts: readonly string[]) {
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

  /** Refuses an address that is not public, unless the allow-list names it (or the IPv4 address it carries). */
  checkAddress(address: string): void {
    const found = classifyAddress(address);
    if (found.public || this.allowedAddress(address, found.embeddedIPv4)) return;
    const what = `${article(found.range)} ${rangeNames[found.range] ?? `special-purpose (${found.range})`} address`;
    throw new DestinationRefusedError(
      `${address} ${found.embeddedIPv4 === undefined ? 'is' : `carries ${found.embeddedIPv4}, which is`} ${what}; ` +
        'allow it with SIGNET_WEBHOOK_ALLOWED_HOSTS',
    );
  }

  private allowedAddress(address: string, embeddedIPv4: string | undefined): boolean {
    const type = isIP(address);
    if (type === 0) return false;
    if (this.allowed.check(address, type === 4 ? 'ipv4' : 'ipv6')) return true;
    return embeddedIPv4 !== undefined && this.allowed.check(embeddedIPv4, 'ipv4');
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

/** What the refusal calls a range. */
const rangeNames: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  uniqueLocal: 'private (unique-local)',
  linkLocal: 'link-local',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
  carrierGradeNat: 'carrier-grade NAT',
  reserved: 'reserved',
  unicast: 'unallocated',
  'not an IP address': 'unparseable',
};

function article(range: string): string {
  return /^[aeiou]/i.test(rangeNames[range] ?? 'special') ? 'an' : 'a';
}
