/**
 * Values that change from one run to the next (ids, uuids, timestamps, random tokens). The proxy records them
 * with a matching rule rather than as an exact value, so a contract recorded today still holds tomorrow.
 */

/** The kinds of volatile string the proxy recognises. */
export type VolatileKind = 'uuid' | 'datetime' | 'date' | 'time' | 'integer' | 'token';

/** Anchored, RE2-compatible patterns (the core evaluates regex matchers on re2js) for each kind. */
export const VOLATILE_PATTERNS: Readonly<Record<VolatileKind, string>> = {
  uuid: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  datetime: '^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?([Zz]|[+-]\\d{2}(:?\\d{2})?)?$',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  time: '^\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}(:?\\d{2})?)?$',
  integer: '^-?\\d+$',
  token: '^[A-Za-z0-9._~+/=-]+$',
};

const COMPILED = Object.fromEntries(
  Object.entries(VOLATILE_PATTERNS).map(([kind, pattern]) => [kind, new RegExp(pattern)]),
) as Record<VolatileKind, RegExp>;

/** Tokens are at least this long: shorter mixed strings (`v2`, `abc123`) are ordinary words. */
const MIN_TOKEN_LENGTH = 16;

/**
 * The volatile kind of a string value, or `undefined` for an ordinary value that should be kept exactly.
 * Tokens are long runs of token characters mixing letters and digits (API keys, JWTs, hashes, object ids).
 *
 * @example volatileKind('3f2b8c9e-1d4a-4b6f-9e2d-7a1c5b3e8f00') // 'uuid'
 * @example volatileKind('2024-05-01T10:00:00Z') // 'datetime'
 * @example volatileKind('available') // undefined
 */
export function volatileKind(value: string): VolatileKind | undefined {
  if (value.length === 0 || value.length > 4096) return undefined;
  if (COMPILED.integer.test(value)) return value.length <= 30 ? 'integer' : 'token';
  if (COMPILED.uuid.test(value)) return 'uuid';
  if (COMPILED.datetime.test(value)) return 'datetime';
  if (COMPILED.date.test(value)) return 'date';
  if (COMPILED.time.test(value)) return 'time';
  if (isToken(value)) return 'token';
  return undefined;
}

function isToken(value: string): boolean {
  return (
    value.length >= MIN_TOKEN_LENGTH &&
    COMPILED.token.test(value) &&
    /[0-9]/.test(value) &&
    /[A-Za-z]/.test(value)
  );
}

/**
 * A regex rule for string values that are all volatile and of one kind (query values, form fields, path
 * segments): `undefined` when any of them is an ordinary value, which is then kept exactly.
 *
 * @example stringValuesRule(['12', '7']) // { match: 'regex', regex: '^-?\\d+$' }
 */
export function stringValuesRule(values: readonly string[]): { match: 'regex'; regex: string } | undefined {
  const kinds = new Set(values.map((value) => volatileKind(value)));
  const [kind] = kinds;
  if (kinds.size !== 1 || kind === undefined) return undefined;
  return { match: 'regex', regex: VOLATILE_PATTERNS[kind] };
}
