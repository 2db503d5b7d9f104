import {
  covers,
  jsonFamily,
  paramsAgree,
  parseMediaType,
  selectingCount,
  type MediaType,
} from './media-type.js';

/** One media range of an `Accept` header, with its weight and its place in the header. */
interface AcceptRange {
  media: MediaType;
  q: number;
  order: number;
}

/** The media type a negotiation picked; `suffixOnly` when only the JSON family joined them (see {@link jsonFamily}). */
export interface Negotiated {
  key: string;
  suffixOnly: boolean;
}

/** An `Accept` header's ranges; empty when nothing in it can be read (it then asks for nothing in particular). */
export function parseAccept(accept: string): AcceptRange[] {
  const ranges: AcceptRange[] = [];
  for (const part of accept.split(',')) {
    const media = parseMediaType(part);
    if (!media) continue;
    const q = media.params.q === undefined ? 1 : Number(media.params.q);
    ranges.push({ media, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 1, order: ranges.length });
  }
  return ranges;
}

function specificity(range: MediaType): number {
  if (range.type === '*') return 0;
  if (range.subtype === '*') return 1;
  return selectingCount(range) > 0 ? 3 : 2;
}

/**
 * The spec media type an `Accept` header selects, as RFC 9110 §12.5.1 negotiates: each offered type takes the
 * weight of the most specific range that matches it (parameters included), `q=0` refuses it, and the heaviest
 * wins (ties: earlier range in the header, then the spec's order). When no range matches, a JSON-family type
 * no range names (not even to refuse it) is taken with `suffixOnly`. Undefined when nothing acceptable is
 * offered; `unreadable` when the header says nothing that can be parsed.
 */
export function negotiate(accept: string, keys: readonly string[]): Negotiated | 'unreadable' | undefined {
  const ranges = parseAccept(accept);
  if (ranges.length === 0) return 'unreadable';
  let best: { key: string; q: number; order: number } | undefined;
  // Keys some range names (even to refuse them with q=0): the JSON family never overrides what the header says.
  const named = new Set<string>();
  for (const key of keys) {
    const media = parseMediaType(key);
    if (!media) continue;
    const matching = ranges.filter((r) => covers(r.media, media) && paramsAgree(r.media, media));
    if (matching.length === 0) continue;
    named.add(key);
    const top = Math.max(...matching.map((r) => specificity(r.media)));
    const range = matching.find((r) => specificity(r.media) === top) as AcceptRange;
    if (range.q <= 0) continue;
    if (!best || range.q > best.q || (range.q === best.q && range.order < best.order))
      best = { key, q: range.q, order: range.order };
  }
  if (best) return { key: best.key, suffixOnly: false };
  for (const range of ranges.filter((r) => r.q > 0)) {
    const key = keys.find((k) => {
      const media = parseMediaType(k);
      return !named.has(k) && media !== undefined && jsonFamily(range.media, media);
    });
    if (key !== undefined) return { key, suffixOnly: true };
  }
  return undefined;
}
