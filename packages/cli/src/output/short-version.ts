/** A git commit SHA as versions default to: 40 (SHA-1) or 64 (SHA-256) hex characters. */
const commitSha = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/**
 * A version as a person reads it in a report line: a full commit SHA shortened to its first 8 characters,
 * as git abbreviates them; any other version unchanged. JSON output keeps the full versions.
 *
 * @example shortVersion('3f2b8c9e1d4a4b6f9e2d7a1c5b3e8f0012345678') // '3f2b8c9e'
 * @example shortVersion('1.4.2') // '1.4.2'
 */
export function shortVersion(version: string): string {
  return commitSha.test(version) ? version.slice(0, 8) : version;
}
