/** Every matcher name the engine evaluates (Pact v2–v4, plus the `min`/`max` spellings of `type`). */
export const KNOWN_MATCHERS = new Set([
  'type',
  'min',
  'max',
  'minType',
  'maxType',
  'minmax',
  'regex',
  'equality',
  'include',
  'integer',
  'decimal',
  'number',
  'boolean',
  'null',
  'date',
  'time',
  'timestamp',
  'datetime',
  'contentType',
  'content-type',
  'values',
  'arrayContains',
  'eachKey',
  'eachValue',
  'semver',
  'statusCode',
  'notEmpty',
]);

/** Matchers that behave like `type` with optional `min`/`max`. */
export const TYPE_LIKE = new Set(['type', 'min', 'max', 'minType', 'maxType', 'minmax']);
