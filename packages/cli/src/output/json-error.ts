import { jsonText } from './json-text.js';

/** The one shape of a failure under `--json`, printed on stdout (schemaVersion changes only when it does). */
export interface JsonError {
  schemaVersion: 1;
  error: { code: string; message: string; exitCode: number };
}

/**
 * What `--json` prints on stdout when a command fails with exit code 2 or 3, so a pipeline reading stdout
 * always gets JSON.
 *
 * @example jsonErrorText('usage', "missing --provider", 2) // '{\n  "schemaVersion": 1,\n  "error": {…}\n}\n'
 */
export function jsonErrorText(code: string, message: string, exitCode: number): string {
  const value: JsonError = { schemaVersion: 1, error: { code, message, exitCode } };
  return jsonText(value);
}

/** Whether the arguments ask for JSON output: `--json`, `--format json` or `--format=json` (before any `--`). */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  return args.some(
    (arg, i) => arg === '--json' || arg === '--format=json' || (arg === '--format' && args[i + 1] === 'json'),
  );
}
