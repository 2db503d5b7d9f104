import { describe, expect, it } from 'vitest';
import { shortVersion } from './short-version.js';

describe('shortVersion', () => {
  it('shortens SHA-1 and SHA-256 commit ids to 8 characters', () => {
    expect(shortVersion('3f2b8c9e1d4a4b6f9e2d7a1c5b3e8f0012345678')).toBe('3f2b8c9e');
    expect(shortVersion('A'.repeat(64))).toBe('AAAAAAAA');
  });

  it('leaves every other version as it is', () => {
    for (const version of [
      '1.4.2',
      'inv1',
      '3f2b8c9e',
      'g'.repeat(40),
      '3f2b8c9e1d4a4b6f9e2d7a1c5b3e8f001234567',
    ])
      expect(shortVersion(version)).toBe(version);
  });
});
