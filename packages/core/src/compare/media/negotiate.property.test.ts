import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { covers, paramsAgree, parseMediaType, type MediaType } from './media-type.js';
import { negotiate } from './negotiate.js';

const types = ['application', 'text', 'image'];
const subtypes = ['json', 'xml', 'vnd.x+json', 'html', 'png'];
const versions = [undefined, '1', '2'];

const mediaType = fc
  .record({
    type: fc.constantFrom(...types),
    subtype: fc.constantFrom(...subtypes),
    version: fc.constantFrom(...versions),
  })
  .map(({ type, subtype, version }) => `${type}/${subtype}${version ? `;version=${version}` : ''}`);

const range = fc
  .record({
    type: fc.constantFrom('*', ...types),
    subtype: fc.constantFrom('*', ...subtypes),
    version: fc.constantFrom(...versions),
    q: fc.constantFrom(undefined, '0', '0.5', '1'),
  })
  .map(({ type, subtype, version, q }) => {
    const essence = type === '*' ? '*/*' : `${type}/${subtype}`;
    return `${essence}${version ? `;version=${version}` : ''}${q ? `;q=${q}` : ''}`;
  });

const parse = (text: string): MediaType => parseMediaType(text) as MediaType;
const specificity = (m: MediaType): number =>
  m.type === '*' ? 0 : m.subtype === '*' ? 1 : m.params.version !== undefined ? 3 : 2;

/** The weight RFC 9110 gives `key` under `ranges`: that of the most specific matching range (the first of those). */
function weight(ranges: string[], key: string): number | undefined {
  const media = parse(key);
  const matching = ranges.map(parse).filter((r) => covers(r, media) && paramsAgree(r, media));
  if (matching.length === 0) return undefined;
  const top = Math.max(...matching.map(specificity));
  const chosen = matching.find((r) => specificity(r) === top) as MediaType;
  return chosen.params.q === undefined ? 1 : Number(chosen.params.q);
}

describe('negotiate, against the RFC 9110 weighting written out', () => {
  it('picks a key of the heaviest positive weight, or the JSON family only when no key has one', () => {
    fc.assert(
      fc.property(
        fc.array(range, { minLength: 1, maxLength: 4 }),
        fc.array(mediaType, { minLength: 1, maxLength: 4 }),
        (ranges, keys) => {
          const result = negotiate(ranges.join(', '), keys);
          const weights = keys.map((k) => weight(ranges, k) ?? 0);
          const best = Math.max(...weights);
          if (best > 0) {
            expect(typeof result === 'object' && !result.suffixOnly).toBe(true);
            if (typeof result === 'object') expect(weight(ranges, result.key)).toBe(best);
          } else if (result !== undefined) {
            // Never a key the header refuses or does not name, unless only the +json family joins them.
            expect(result).not.toBe('unreadable');
            if (typeof result === 'object') {
              expect(result.suffixOnly).toBe(true);
              expect(weight(ranges, result.key)).toBeUndefined();
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
