/** Small guards for walking parsed JSON of unknown shape without `any`. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own-property read that never walks the prototype chain (`constructor`, `__proto__` are just keys). */
export function field(record: JsonRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function hasField(record: JsonRecord, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** The first own property present among `keys` (Pact spells some fields several ways). */
export function firstField(record: JsonRecord, ...keys: string[]): unknown {
  for (const key of keys) if (hasField(record, key)) return record[key];
  return undefined;
}

/** Builds a JSON pointer (`/interactions/3/request/method`), escaping `~` and `/` in segments. */
export function pointer(base: string, ...segments: Array<string | number>): string {
  return segments.reduce<string>(
    (acc, segment) => `${acc}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`,
    base,
  );
}
