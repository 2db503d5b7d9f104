/** Where commands write: injectable so tests can capture output without spawning processes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether to colour output (see `colorWanted`). */
  color: boolean;
}

/**
 * Whether to colour: `--color`/`--no-color` first; then `NO_COLOR` (set and not empty) turns colour off,
 * `FORCE_COLOR` (set, not `0` or `false`) turns it on, `TERM=dumb` off; otherwise only on an interactive terminal.
 */
export function colorWanted(
  env: Record<string, string | undefined>,
  isTTY: boolean,
  flag?: boolean,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: colorWanted(process.env, process.stdout.isTTY === true),
};

export function paint(io: Io, code: number, text: string): string {
  return io.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}
