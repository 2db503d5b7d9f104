import { CliError } from '../../exit-codes.js';
import type { Io } from '../../output/io.js';
import { DEFAULT_CAPTURE_LIMIT } from './transport/index.js';
import { writePactFile, type WritablePactVersion } from './pact/index.js';
import { startProxyServer } from './proxy-server.js';
import { Recorder } from './recording/index.js';

/** Everything `signet proxy` needs, already validated. */
export interface ProxyRunOptions {
  target: URL;
  host: string;
  port: number;
  consumer: string;
  provider: string;
  outDir: string;
  pactVersion: WritablePactVersion;
  /** Stop and write after this many requests. */
  maxRequests?: number;
  captureLimit?: number;
  maxInteractions?: number;
  /** Told where the proxy listens once it does (tests and tools use it with port 0). */
  onListening?: (url: string) => void;
}

/** What a finished recording produced. */
export interface ProxyRunSummary {
  file: string;
  requests: number;
  interactions: number;
  stoppedBy: string;
}

/**
 * Runs the recording proxy until `stop` is aborted (SIGINT/SIGTERM in the CLI) or `maxRequests` requests
 * have been answered, printing a line per new distinct interaction, then writes the Pact file and a summary.
 */
export async function runProxy(
  options: ProxyRunOptions,
  io: Io,
  stop: AbortSignal,
): Promise<ProxyRunSummary> {
  const recorder = new Recorder(options.maxInteractions);
  let finish: (reason: string) => void = () => undefined;
  const finished = new Promise<string>((resolve) => (finish = resolve));
  const proxy = await startProxyServer({
    target: options.target,
    host: options.host,
    port: options.port,
    captureLimit: options.captureLimit ?? DEFAULT_CAPTURE_LIMIT,
    onExchange: (exchange) => {
      const added = recorder.record(exchange);
      if (added) io.out(`  + ${added.description}\n`);
      if (options.maxRequests !== undefined && recorder.requests >= options.maxRequests)
        finish('max-requests');
    },
  }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot listen on ${options.host}:${options.port}: ${reason}`);
  });
  const onAbort = (): void => finish(typeof stop.reason === 'string' ? stop.reason : 'stop');
  if (stop.aborted) onAbort();
  else stop.addEventListener('abort', onAbort, { once: true });

  io.out(
    `signet proxy: listening on ${proxy.url} → ${options.target.origin}${options.target.pathname.replace(/\/$/, '')}\n`,
  );
  io.out(
    `recording ${options.consumer} → ${options.provider}; stop with Ctrl-C (SIGINT) or SIGTERM to write the pact\n`,
  );
  options.onListening?.(proxy.url);

  const stoppedBy = await finished;
  stop.removeEventListener('abort', onAbort);
  await proxy.close();
  const interactions = recorder.interactions;
  const file = await writePactFile(
    options.outDir,
    { consumer: options.consumer, provider: options.provider, interactions },
    options.pactVersion,
  ).catch((error: unknown) => {
    throw new CliError(`cannot write the pact into ${options.outDir}: ${(error as Error).message}`);
  });
  if (recorder.overflow > 0) {
    io.err(
      `signet proxy: ${recorder.overflow} more distinct interaction(s) were not recorded (limit ${recorder.maxInteractions})\n`,
    );
  }
  io.out(
    `stopped (${stoppedBy}): ${recorder.requests} request(s), ${interactions.length} distinct interaction(s); ` +
      `wrote Pact v${options.pactVersion} ${file}\n`,
  );
  return { file, requests: recorder.requests, interactions: interactions.length, stoppedBy };
}
