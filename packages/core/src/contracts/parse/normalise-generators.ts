import type { Generator, Generators } from '../model.js';
import { field, isRecord, pointer } from './json-guards.js';
import { define } from './normalise-matching-rules.js';
import { invalid } from './parse-context.js';
import type { ParseContext } from './parse-context.js';

/**
 * Generators by category, keyed like matching rules. `path` and `status` hold one generator directly
 * (`{"path": {"type": "ProviderState", ...}}`) and are stored under the key `''`.
 *
 * @example normaliseGenerators({ body: { '$.id': { type: 'Uuid' } } }, ctx, '/g') // { body: { '$.id': { type: 'Uuid' } } }
 */
export function normaliseGenerators(raw: unknown, ctx: ParseContext, location: string): Generators {
  const generators: Generators = {};
  if (raw === undefined || raw === null) return generators;
  if (!isRecord(raw)) {
    invalid(ctx, 'generators must be an object', location);
    return generators;
  }
  for (const [key, value] of Object.entries(raw)) {
    const category = key === 'content' ? 'body' : key === 'headers' ? 'header' : key;
    const at = pointer(location, key);
    if (!isRecord(value)) {
      invalid(ctx, `Generators for '${key}' must be an object`, at);
      continue;
    }
    const inner = define(generators, category, {});
    if (typeof field(value, 'type') === 'string') {
      define(inner, '', value as Generator);
      continue;
    }
    for (const [name, generator] of Object.entries(value)) {
      if (isRecord(generator) && typeof generator['type'] === 'string')
        define(inner, name, generator as Generator);
      else invalid(ctx, 'A generator needs a string "type"', pointer(at, name));
    }
  }
  return generators;
}
