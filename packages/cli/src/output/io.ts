/** Where commands write: injectable so tests can capture output without spawning processes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colours only on an interactive terminal. */
  color: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
};

export function paint(io: Io, code: number, text: string): string {
  return io.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}
