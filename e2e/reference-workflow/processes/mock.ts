import { exitOf, spawnSignet, waitForOutput, type SignetEnv } from './signet.js';

/** What `signet mock` said it served when it stopped. */
export interface MockServed {
  requests: number;
  /** Requests the spec does not allow (answered problem+json 4xx). */
  invalid: number;
  /** Requests no operation matched (404/405). */
  unmatched: number;
}

/** A `signet mock --spec` process: a provider's test double that answers only what its spec allows. */
export interface SpecMock {
  url: string;
  /** Stops it (SIGINT, as Ctrl-C would) and resolves to its closing count; rejects on a non-zero exit. */
  stop(): Promise<MockServed>;
}

/** Starts `signet mock --spec <file> --port 0` and resolves once it listens. */
export async function startSpecMock(file: string, where: SignetEnv): Promise<SpecMock> {
  const { child, output } = spawnSignet(['mock', '--spec', file, '--port', '0'], where);
  let stopped: Promise<MockServed> | undefined;
  const stop = (): Promise<MockServed> =>
    (stopped ??= (async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      const code = await exitOf(child);
      if (code !== 0) throw new Error(`signet mock exited ${code}:\n${output.stderr}`);
      const counts = /served (\d+) request\(s\), (\d+) invalid, (\d+) unmatched/.exec(output.stdout);
      if (counts === null) throw new Error(`no closing count from signet mock:\n${output.stdout}`);
      return { requests: Number(counts[1]), invalid: Number(counts[2]), unmatched: Number(counts[3]) };
    })());
  try {
    const [, url] = await waitForOutput(
      child,
      () => output.stdout,
      /listening on (http:\/\/[^\s,]+)/,
      30_000,
    );
    return { url: url!, stop };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
