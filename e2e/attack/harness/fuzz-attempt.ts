import fc from 'fast-check';
import { replaceAt, stringPlaces, type Json } from './hostile-values.js';

/** One write request to send: a path with its parameters filled, a body and its content type. */
export interface Attempt {
  method: string;
  target: string;
  contentType?: string;
  body?: string;
}

/** A route under fuzzing: its label, any request at all, and requests it must refuse. */
export interface FuzzRoute {
  label: string;
  anyAttempt: fc.Arbitrary<Attempt>;
  refusedAttempt: fc.Arbitrary<Attempt>;
}

/** `body` as JSON text with one string or key (or a new key, when it has none) replaced by `replacement`. */
export function poisoned(body: Json | undefined, replacement: string): fc.Arbitrary<string> {
  const value = body ?? {};
  const places = stringPlaces(value);
  if (places.length === 0) return fc.constant(JSON.stringify({ [replacement]: replacement }));
  return fc.constantFrom(...places).map((place) => JSON.stringify(replaceAt(value, place, replacement)));
}
