import { defaultLimits, jsonNestingDepth } from '../../../shared/document-limits.js';
import { bodyMismatch } from './body-context.js';
import type { BodyContext } from './body-context.js';
import type { BodyContent } from './body-content.js';

/** Marks text that should be JSON but is not (`null` and `undefined` are real values, so a symbol). */
export const NOT_JSON = Symbol('not-json');

/** The received body as JSON, or `NOT_JSON` after reporting why it is not. */
export function asJson(body: BodyContent, ctx: BodyContext): unknown {
  const value = parseJson(body.text());
  if (value !== NOT_JSON) return value;
  bodyMismatch(
    ctx,
    '$',
    `Expected a JSON body but the received body is not valid JSON`,
    undefined,
    body.text().slice(0, 120),
  );
  return NOT_JSON;
}

/** JSON text to a value, refusing hostile nesting; `NOT_JSON` when it does not parse. */
export function parseJson(text: string): unknown {
  if (jsonNestingDepth(text, defaultLimits.maxDepth) > defaultLimits.maxDepth) return NOT_JSON;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}
