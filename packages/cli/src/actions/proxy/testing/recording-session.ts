import type { Io } from '../../../output/io.js';
import { runProxy, type ProxyRunOptions, type ProxyRunSummary } from '../run-proxy.js';

/** Test support: a real `runProxy` on a free port, its output, and a way to stop it like SIGTERM. */
export interface RecordingSession {
  /** Where the proxy listens. */
  url: string;
  /** What it printed so far: stdout and stderr apart. */
  stdout: () => string;
  stderr: () => string;
  /** Stops it (if `--max-requests` has not) and resolves with the run's outcome. */
  stop: () => Promise<ProxyRunSummary>;
  /** The run itself: settles when it stops, by itself or by `stop`. */
  done: Promise<ProxyRunSummary>;
}

type SessionOptions = Pick<ProxyRunOptions, 'target' | 'outDir'> & Partial<ProxyRunOptions>;

/** Starts a recording of `web` → `pets` into `outDir`; rejects as `runProxy` does when it cannot start. */
export async function startRecording(options: SessionOptions): Promise<RecordingSession> {
  let out = '';
  let err = '';
  const io: Io = { color: false, out: (text) => void (out += text), err: (text) => void (err += text) };
  const stop = new AbortController();
  let listening: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (listening = resolve));
  const done = runProxy(
    {
      host: '127.0.0.1',
      port: 0,
      consumer: 'web',
      provider: 'pets',
      pactVersion: 4,
      ...options,
      onListening: listening,
    },
    io,
    stop.signal,
  );
  return {
    url: await Promise.race([url, done.then(() => Promise.reject(new Error('stopped before listening')))]),
    stdout: () => out,
    stderr: () => err,
    stop: () => {
      stop.abort('SIGTERM');
      return done;
    },
    done,
  };
}
