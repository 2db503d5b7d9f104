import type { IgnoreSelector } from './matrix-query.js';

/**
 * Whether `--ignore` covers this pacticipant version: every version of an ignored pacticipant, or the one
 * named. A row is ignored when either of its sides is (the Pact Broker keeps it, marked, and it does not
 * block).
 */
export function isIgnored(ignore: IgnoreSelector[], pacticipant: string, version: string | null): boolean {
  return ignore.some(
    (entry) =>
      entry.pacticipant === pacticipant && (entry.version === undefined || entry.version === version),
  );
}
