/**
 * What `--json` prints: the value as indented JSON and a newline, the one shape every command uses.
 *
 * @example io.out(flags.json ? jsonText(result) : renderComparison(io, result));
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
