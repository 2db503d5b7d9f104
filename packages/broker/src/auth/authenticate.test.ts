import { describe, expect, it } from 'vitest';
import { tokenFrom } from './authenticate.js';
import { allows } from './tokens.js';

describe('tokenFrom', () => {
  it('reads bearer tokens and Basic auth passwords, nothing else', () => {
    expect(tokenFrom('Bearer abc')).toBe('abc');
    expect(tokenFrom('bearer abc')).toBe('abc');
    expect(tokenFrom(`Basic ${Buffer.from('user:secret:with:colons').toString('base64')}`)).toBe(
      'secret:with:colons',
    );
    expect(tokenFrom(`Basic ${Buffer.from('no-colon').toString('base64')}`)).toBeUndefined();
    expect(tokenFrom('Digest abc')).toBeUndefined();
    expect(tokenFrom('Bearer')).toBeUndefined();
    expect(tokenFrom(undefined)).toBeUndefined();
  });
});

describe('allows', () => {
  it('nests roles: admin ⊇ write ⊇ read', () => {
    expect(allows('admin', 'write')).toBe(true);
    expect(allows('write', 'read')).toBe(true);
    expect(allows('read', 'write')).toBe(false);
    expect(allows('write', 'admin')).toBe(false);
  });
});
