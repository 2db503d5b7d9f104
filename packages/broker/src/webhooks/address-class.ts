import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** How the SSRF guard sees an address: whether it is public, and which range decided it. */
export interface AddressClass {
  /** True only for global unicast addresses. */
  public: boolean;
  /** The range that decided, in ipaddr.js's names (`unicast`, `loopback`, `private`, `6to4`…). */
  range: string;
  /** The IPv4 address an IPv6 form carries (mapped, compatible, NAT64, 6to4): it is what gets reached. */
  embeddedIPv4?: string;
}

/** RFC 6052's well-known NAT64 prefix: the IPv4 address is the last 32 bits. */
const nat64 = ipaddr.parseCIDR('64:ff9b::/96');
/** Where IANA allocates global unicast IPv6; the rest is unassigned or special. */
const globalUnicast = ipaddr.parseCIDR('2000::/3');

/**
 * Classifies an address with ipaddr.js's special-purpose ranges (maintained with the IANA registries, not a
 * list of ours). Only global unicast is public. IPv6 forms that carry an IPv4 address are judged by that
 * address, since a connection to them reaches it (through the host's stack, NAT64 or a 6to4 relay); other
 * IPv6 transition and special ranges (Teredo, local-use NAT64, ORCHID, documentation…) are not public. Text
 * that is not a plain IP address is not public either.
 *
 * @example
 * classifyAddress('2002:7f00:1::1'); // { public: false, range: 'loopback', embeddedIPv4: '127.0.0.1' }
 */
export function classifyAddress(address: string): AddressClass {
  if (isIP(address) === 0) return { public: false, range: 'not an IP address' };
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') {
    const range = parsed.range();
    return { public: range === 'unicast', range };
  }
  const v6 = parsed as ipaddr.IPv6;
  const embedded = embeddedIPv4(v6);
  if (embedded !== undefined) {
    const range = embedded.range();
    return { public: range === 'unicast', range, embeddedIPv4: embedded.toString() };
  }
  const range = v6.range();
  return { public: range === 'unicast' && v6.match(globalUnicast), range };
}

function embeddedIPv4(v6: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const parts = v6.parts;
  const at = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  const range = v6.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return at(parts[6]!, parts[7]!);
  if (range === 'rfc6052' && v6.match(nat64)) return at(parts[6]!, parts[7]!);
  if (range === '6to4') return at(parts[1]!, parts[2]!);
  // IPv4-compatible `::a.b.c.d` (deprecated); `::` and `::1` are themselves.
  const compatible = parts.slice(0, 6).every((part) => part === 0);
  if (compatible && range !== 'unspecified' && range !== 'loopback') return at(parts[6]!, parts[7]!);
  return undefined;
}
