import type { RecordedMatcher } from '../recorded-model.js';
import { escapeRegex } from './regex-escape.js';
import { VOLATILE_PATTERNS, volatileKind, type VolatileKind } from './volatile-values.js';

/** A request path with its volatile segments (ids, uuids, dates, tokens) recognised. */
export interface PathTemplate {
  /** Readable form for descriptions and keys: `/pets/{id}`, `/orders/{uuid}/items/{id2}`. */
  template: string;
  /** A path regex rule when some segment is volatile; `undefined` for a fixed path. */
  rule?: RecordedMatcher;
}

const NAMES: Record<VolatileKind, string> = {
  integer: 'id',
  uuid: 'uuid',
  datetime: 'timestamp',
  date: 'date',
  time: 'time',
  token: 'token',
};

/**
 * Recognises the volatile segments of `path` (as sent, percent-encoded) and builds the template and the
 * Pact path rule: literal segments stay exact, volatile ones match their kind's pattern.
 *
 * @example pathTemplate('/pets/42') // { template: '/pets/{id}', rule: { match: 'regex', regex: '^/pets/-?\\d+$' } }
 */
export function pathTemplate(path: string): PathTemplate {
  const segments = path.split('/');
  const used = new Map<string, number>();
  let volatile = false;
  const template: string[] = [];
  const pattern: string[] = [];
  for (const segment of segments) {
    const kind = segment === '' ? undefined : volatileKind(safeDecode(segment));
    if (kind === undefined) {
      template.push(segment);
      pattern.push(escapeRegex(segment));
      continue;
    }
    volatile = true;
    const count = (used.get(kind) ?? 0) + 1;
    used.set(kind, count);
    template.push(`{${NAMES[kind]}${count > 1 ? count : ''}}`);
    // Percent-encoded characters in a real value of this kind are rare; match the decoded alphabet.
    pattern.push(VOLATILE_PATTERNS[kind].slice(1, -1));
  }
  const result: PathTemplate = { template: template.join('/') };
  if (volatile) result.rule = { match: 'regex', regex: `^${pattern.join('/')}$` };
  return result;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
