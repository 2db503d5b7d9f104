import { describe, expect, it } from 'vitest';
import { parseRef } from './parse-ref.js';

describe('parseRef', () => {
  it('reads internal pointers, decoding percent-encoding but not pointer escapes', () => {
    expect(parseRef('#/components/schemas/Pet')).toEqual({
      kind: 'internal',
      pointer: '/components/schemas/Pet',
    });
    expect(parseRef('#/paths/~1a%20b')).toEqual({ kind: 'internal', pointer: '/paths/~1a b' });
    expect(parseRef('#')).toEqual({ kind: 'internal', pointer: '' });
  });

  it('reads relative and file: URL references', () => {
    expect(parseRef('./pet.yaml#/Pet')).toEqual({ kind: 'file', file: './pet.yaml', pointer: '/Pet' });
    expect(parseRef('other%20file.yaml')).toEqual({ kind: 'file', file: 'other file.yaml', pointer: '' });
    expect(parseRef('file:///specs/pet.yaml#/Pet')).toEqual({
      kind: 'file',
      file: '/specs/pet.yaml',
      pointer: '/Pet',
    });
  });

  it('treats every other scheme as remote', () => {
    for (const ref of [
      'https://example.com/x.yaml',
      'http://x/y#/a',
      '//example.com/x',
      'urn:x:y',
      'ftp://x',
    ]) {
      expect(parseRef(ref).kind).toBe('remote');
    }
  });

  it('rejects fragments that are not JSON pointers', () => {
    expect(parseRef('#Pet').kind).toBe('malformed');
    expect(parseRef('#/a%E0%A4%A').kind).toBe('malformed');
  });
});
