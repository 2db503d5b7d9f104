import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxParamLength } from './param-rules.js';
import { maxNameLength, name, refName, versionNumber } from './schemas.js';

const accepts = (schema: typeof name, text: string) => schema.safeParse(text).success;

describe('the name rules', () => {
  it('accept ordinary names of services, environments, branches, tags and versions', () => {
    for (const text of [
      'shopping-cart',
      'Prod_EU.1',
      'café',
      '服务',
      'a'.repeat(maxNameLength),
      '%25',
      '1.2.3+build',
    ])
      expect(accepts(name, text), text).toBe(true);
    expect(accepts(refName, 'feat/x')).toBe(true);
    expect(accepts(refName, 'release/2026/12')).toBe(true);
    expect(accepts(versionNumber, 'a1b2c3d')).toBe(true);
  });

  it('refuse what cannot be stored, shown or addressed', () => {
    for (const text of [
      '',
      'a/b',
      'a\\b',
      'a b',
      'line\r\nInjected: yes',
      '\u001b[31m',
      'a\u0000b',
      '\ud800',
      '\u202eevil',
      'zero\u200bwidth',
      '\u00a0',
      '.',
      '..',
      'a'.repeat(maxNameLength + 1),
    ])
      expect(accepts(name, text), JSON.stringify(text)).toBe(false);
    expect(accepts(refName, 'a b')).toBe(false);
    expect(accepts(refName, '..')).toBe(false);
  });

  it('accept only names whose URL encoding fits one path parameter and decodes back to them', () => {
    // Mostly names the rules accept (the longest encodings included), some random Unicode.
    const wide = fc.constantFrom('a', 'é', '€', '\ud83d\ude00', '/', '.', '%', '-', '服');
    const texts = fc.oneof(
      fc.string({ unit: wide, minLength: 1, maxLength: 110 }),
      fc.string({ unit: 'binary', maxLength: maxNameLength + 5 }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(texts, (text) => {
        for (const schema of [name, refName]) {
          if (!accepts(schema, text)) continue;
          accepted++;
          const encoded = encodeURIComponent(text);
          expect(encoded.length).toBeLessThanOrEqual(maxParamLength);
          expect(decodeURIComponent(encoded)).toBe(text);
          expect(encoded).not.toMatch(/^\.{1,2}$/);
        }
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(500);
  });
});
