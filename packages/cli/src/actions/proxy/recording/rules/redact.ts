import type { RecordedMatcher } from '../recorded-model.js';
import { escapeRegex } from './regex-escape.js';

/** What a secret is written as. */
export const REDACTED = 'REDACTED';

/** Header and query names whose values are credentials. */
const SECRET_NAME =
  /(^authorization$|^cookie$|api[-_]?key|token|secret|passw(or)?d|credential|signature|session|^x-auth)/i;

/** Whether a header (lower-case name) carries a credential: `authorization`, `cookie`, api-key-like names. */
export function isSecretHeader(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Whether a query parameter carries a credential (`api_key`, `access_token`, `signature`…). */
export function isSecretQuery(name: string): boolean {
  return SECRET_NAME.test(name) && name.toLowerCase() !== 'cookie';
}

/**
 * A placeholder for a credential header and the rule that accepts any real value in its place. The
 * authentication scheme of `Authorization` is kept (`Bearer REDACTED`), so a spec's security requirement
 * is still seen as met; cookie names are kept with their values replaced.
 *
 * @example redactHeader('authorization', 'Bearer eyJhbGciOi…') // { value: 'Bearer REDACTED', rule: { match: 'regex', regex: '^Bearer .+$' } }
 */
export function redactHeader(name: string, value: string): { value: string; rule: RecordedMatcher } {
  if (name === 'cookie') {
    const names = value
      .split(';')
      .map((part) => part.split('=')[0]!.trim())
      .filter((n) => n !== '');
    return { value: names.map((n) => `${n}=${REDACTED}`).join('; '), rule: { match: 'type' } };
  }
  const scheme = /^([A-Za-z][A-Za-z0-9._~+-]*)\s+\S/.exec(value)?.[1];
  if (name === 'authorization' && scheme !== undefined) {
    return { value: `${scheme} ${REDACTED}`, rule: { match: 'regex', regex: `^${escapeRegex(scheme)} .+$` } };
  }
  return { value: REDACTED, rule: { match: 'type' } };
}
