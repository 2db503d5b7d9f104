import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built entry point: a real process runs what users run, so it needs `npx tsc -b` first. */
export const brokerMain = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** A broker running in its own process, talked to over HTTP. */
export interface BrokerProcess {
  /** Where it listens, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Base URL of the API, e.g. `http://127.0.0.1:40123/api/v1`. */
  api: string;
  /** Its process id (the benchmarks read its memory from /proc). */
  pid: number;
  /** Sends SIGTERM and resolves with the exit code once the process has gone. */
  stop(): Promise<number | null>;
  /** Sends `signal` (SIGKILL: no chance to clean up) and resolves once the process has gone. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export interface BrokerProcessOptions {
  /** Called with each line of the broker's log (stdout, JSON lines at `LOG_LEVEL`); otherwise it is dropped. */
  onLogLine?: (line: string) => void;
}

/** Starts `node dist/main.js --port 0 <args>` and resolves once it says where it listens. */
export async function startBrokerProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  options: BrokerProcessOptions = {},
): Promise<BrokerProcess> {
  if (!existsSync(brokerMain)) throw new Error(`${brokerMain} is missing: build first (npx tsc -b)`);
  const { onLogLine } = options;
  const child = spawn(process.execPath, [brokerMain, '--port', '0', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', onLogLine === undefined ? 'ignore' : 'pipe', 'pipe'],
  });
  if (onLogLine !== undefined) readLines(child.stdout!, onLogLine);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await listeningUrl(child, exited);
  const kill = (signal: NodeJS.Signals) => {
    child.kill(signal);
    return exited;
  };
  return { url, api: `${url}/api/v1`, pid: child.pid!, stop: () => kill('SIGTERM'), kill };
}

/** Calls `onLine` with each complete line `stream` gives. */
function readLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) onLine(line);
  });
}

/** The `listening on <url>` line from stderr, or the process's output if it exits first. */
function listeningUrl(child: ChildProcess, exited: Promise<number | null>): Promise<string> {
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (found !== undefined) resolve(found);
    });
    void exited.then((code) => reject(new Error(`broker exited ${code} before listening:\n${stderr}`)));
  });
}
