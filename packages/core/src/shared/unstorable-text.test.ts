import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { findUnstorableText } from './unstorable-text.js';

const storable = (text: string) =>
  !/\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const tricky = fc.constantFrom(
  '\0',
  '\ud800',
  '\udc00',
  '\ud83d\ude00',
  '\\0',
  '\\x00',
  '\\u0000',
  'a',
  '"',
  "'",
);
const text = fc.oneof(
  anyText,
  fc.array(tricky, { maxLength: 6 }).map((parts) => parts.join('')),
);

describe('findUnstorableText', () => {
  it('finds escapes and literal characters, with their line and column', () => {
    expect(findUnstorableText('{"a": "b\\u0000"}')).toEqual({ location: '1:7' });
    expect(findUnstorableText('a: 1\nb: "x\\0"\n')).toEqual({ location: '2:4' });
    expect(findUnstorableText('a: "\\x00"')).toEqual({ location: '1:4' });
    expect(findUnstorableText('a: "\\U00000000"')).toEqual({ location: '1:4' });
    expect(findUnstorableText('{"\\ud800": 1}')).toEqual({ location: '1:2' });
    expect(findUnstorableText('a: "x\\udc00"')).toEqual({ location: '1:4' });
    expect(findUnstorableText('a: b\n c\u0000')).toEqual({ location: '2:3' });
  });

  it('leaves backslashes alone where they are text: escaped, plain, single-quoted, block, comments', () => {
    for (const document of [
      '{"pattern": "^[^\\\\x00-\\\\x1f]*$", "pair": "\\ud83d\\ude00"}',
      "pattern: '^[^\\x00-\\x1F]*$'",
      'pattern: ^[^\\x00]*$ # "\\0"',
      'text: |\n  "\\0" and \\u0000\n',
      'ok: "\\\\0 \\\\u0000"',
    ])
      expect(findUnstorableText(document), document).toBeUndefined();
  });

  it('agrees with the decoded strings of any JSON or double-quoted YAML document (keys included)', () => {
    fc.assert(
      fc.property(fc.dictionary(text, fc.array(text, { maxLength: 3 }), { maxKeys: 3 }), (value) => {
        const expected = [...Object.keys(value), ...Object.values(value).flat()].every(storable);
        expect(findUnstorableText(JSON.stringify(value)) === undefined).toBe(expected);
        const yaml = stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE' });
        expect(findUnstorableText(yaml) === undefined).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never refuses single-quoted YAML strings that hold backslashes but no NUL', () => {
    fc.assert(
      fc.property(text.filter(storable), (value) => {
        expect(
          findUnstorableText(stringify({ value }, { defaultStringType: 'QUOTE_SINGLE' })),
        ).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
