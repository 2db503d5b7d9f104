import { describe, expect, it } from 'vitest';
import { AddressPolicy, DestinationRefusedError } from './address-policy.js';

const refusedBy = (policy: AddressPolicy, url: string) => {
  try {
    policy.checkUrl(new URL(url));
    return undefined;
  } catch (error) {
    return error instanceof DestinationRefusedError ? error.message : String(error);
  }
};

/** Resolves `hostname` through the policy's lookup, as node:http would. */
const resolve = (policy: AddressPolicy, hostname: string) =>
  new Promise<string>((done) =>
    policy.lookup(hostname, { all: true }, (error, addresses) =>
      done(
        error
          ? `refused: ${error.message}`
          : (addresses as unknown as Array<{ address: string }>).map((a) => a.address).join(),
      ),
    ),
  );

describe('AddressPolicy (SSRF guard)', () => {
  const strict = new AddressPolicy([]);

  it('calls only http and https', () => {
    expect(refusedBy(strict, 'file:///etc/passwd')).toContain('only http and https');
    expect(refusedBy(strict, 'gopher://example.com')).toContain('only http and https');
    expect(refusedBy(strict, 'https://93.184.215.14/')).toBeUndefined();
  });

  it('refuses loopback, private, link-local and mapped addresses written into the URL', () => {
    for (const url of [
      'http://127.0.0.1:3000/',
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data',
      'http://0.0.0.0/',
      'http://[::1]/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[64:ff9b::7f00:1]/',
      'http://[2002:a9fe:a9fe::]/',
      'http://[::10.0.0.1]/',
      'http://[2001:db8::1]/',
      'http://[2001::1]/',
    ])
      expect(refusedBy(strict, url), url).toContain('SIGNET_WEBHOOK_ALLOWED_HOSTS');
  });

  it('checks the addresses a name resolves to when connecting', async () => {
    expect(await resolve(strict, 'localhost')).toMatch(/^refused: .*loopback/);
    expect(await resolve(new AddressPolicy(['localhost']), 'localhost')).toMatch(/127\.0\.0\.1|::1/);
  });

  it('lets the allow-list name hosts, IPs and CIDRs', () => {
    const allowing = new AddressPolicy(['127.0.0.1', '10.20.0.0/16', 'fd00::/8']);
    expect(refusedBy(allowing, 'http://127.0.0.1:8080/')).toBeUndefined();
    expect(refusedBy(allowing, 'http://10.20.3.4/')).toBeUndefined();
    expect(refusedBy(allowing, 'http://[fd00::7]/')).toBeUndefined();
    expect(refusedBy(allowing, 'http://10.21.0.1/')).toContain('private');
    expect(refusedBy(allowing, 'http://127.0.0.2/')).toContain('loopback');
    expect(refusedBy(allowing, 'http://[::ffff:127.0.0.1]/')).toBeUndefined();
  });

  it('says which address an IPv6 form carries and what it is', () => {
    expect(refusedBy(strict, 'http://[64:ff9b::a9fe:a9fe]/')).toBe(
      '64:ff9b::a9fe:a9fe carries 169.254.169.254, which is a link-local address; allow it with SIGNET_WEBHOOK_ALLOWED_HOSTS',
    );
    expect(refusedBy(strict, 'http://[2001::1]/')).toContain('is a special-purpose (teredo) address');
  });
});
