import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress } from './address-class.js';

describe('classifyAddress', () => {
  it('calls only global unicast public', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700::1111', '2a00:1450:4001::8a'])
      expect(classifyAddress(address), address).toMatchObject({ public: true, range: 'unicast' });
    for (const [address, range] of [
      ['127.0.0.1', 'loopback'],
      ['10.0.0.1', 'private'],
      ['100.64.0.1', 'carrierGradeNat'],
      ['169.254.169.254', 'linkLocal'],
      ['192.0.2.1', 'reserved'],
      ['255.255.255.255', 'broadcast'],
      ['::', 'unspecified'],
      ['::1', 'loopback'],
      ['fd00::1', 'uniqueLocal'],
      ['fe80::1', 'linkLocal'],
      ['ff02::1', 'multicast'],
      ['2001:db8::1', 'reserved'],
      ['2001::1', 'teredo'],
      ['2001:20::1', 'orchid2'],
      ['64:ff9b:1::a00:1', 'rfc6052'],
      ['100::1', 'discard'],
      ['4000::1', 'unicast'],
    ] as const)
      expect(classifyAddress(address), address).toEqual({ public: false, range });
  });

  it('judges IPv6 forms that carry an IPv4 address by that address', () => {
    for (const [address, embedded] of [
      ['::ffff:127.0.0.1', '127.0.0.1'],
      ['::ffff:0:10.0.0.1', '10.0.0.1'],
      ['64:ff9b::a9fe:a9fe', '169.254.169.254'],
      ['2002:7f00:1::', '127.0.0.1'],
      ['2002:c0a8:101:1::1', '192.168.1.1'],
      ['::10.1.2.3', '10.1.2.3'],
      ['::0.0.0.2', '0.0.0.2'],
    ] as const)
      expect(classifyAddress(address), address).toMatchObject({ public: false, embeddedIPv4: embedded });
    expect(classifyAddress('64:ff9b::808:808')).toEqual({
      public: true,
      range: 'unicast',
      embeddedIPv4: '8.8.8.8',
    });
  });

  it('classifies every embedding of an IPv4 address as that address (property, 2,000 runs)', () => {
    const hex = (a: number, b: number) => ((a << 8) | b).toString(16);
    fc.assert(
      fc.property(fc.ipV4(), (v4) => {
        const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
        const expected = classifyAddress(v4).public;
        for (const form of [
          `::ffff:${v4}`,
          `64:ff9b::${hex(a, b)}:${hex(c, d)}`,
          `2002:${hex(a, b)}:${hex(c, d)}::1`,
        ])
          expect(classifyAddress(form).public, form).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('is not public for text that is not a plain IP address', () => {
    for (const text of ['127.1', '0x7f.0.0.1', 'localhost', '', '1.2.3.4.5'])
      expect(classifyAddress(text), text).toEqual({ public: false, range: 'not an IP address' });
  });
});
