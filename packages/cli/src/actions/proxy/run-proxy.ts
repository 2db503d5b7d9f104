import { CliError, ExitCode } from '../../exit-codes.js';
import type { Io } from '../../output/io.js';
import { DEFAULT_CAPTURE_LIMIT } from './transport/index.js';
import {
  checkMergeable,
  PactFileError,
  saveRecording,
  type SaveOutcome,
  type WritablePactVersion,
} from './pact/index.js';
import { startProxyServer } from './proxy-server.js';
import { Recorder } from './recording/index.js';
import type { Exchange } from './transport/index.js';
import { startDriftValidation, type DriftRunOptions, type DriftSummary } from './validation/index.js';

/** Everything `signet proxy` needs, already validated. */
export interface ProxyRunOptions {
  target: URL;
  host: string;
  port: number;
  consumer: string;
  provider: string;
  outDir: string;
  pactVersion: WritablePactVersion;
  /** Merge the recorded interactions into the pact already in `outDir` instead of replacing it. */
  merge?: boolean;
  /** Stop and write after this many requests (those the target failed to answer count too). */
  maxRequests?: number;
  captureLimit?: number;
  maxInteractions?: number;
  /** Told where the proxy listens once it does (tests and tools use it with port 0). */
  onListening?: (url: string) => void;
  /** `--validate`: check every exchange against a spec, print each drift, and decide the exit code. */
  validate?: DriftRunOptions;
  /**
   * False with `--validate` and no `--out`: nothing is recorded and no pact is written (`consumer`, `provider`,
   * `outDir` and `pactVersion` are then unused).
   */
  record?: boolean;
}

/** What a finished recording produced. */
export interface ProxyRunSummary {
  file: string;
  requests: number;
  /** Requests the target left unanswered (each also counted in `requests`). */
  upstreamFailures: number;
  /** Distinct interactions recorded in this run. */
  interactions: number;
  /**
   * What happened to the file: `written`, `merged` (into the existing pact) or `unchanged`; `not-recorded`
   * when `record` was false (`file` is then empty).
   */
  pact: 'written' | 'merged' | 'unchanged' | 'not-recorded';
  stoppedBy: string;
  /** With `validate`: what the exchanges showed against the spec. */
  drift?: DriftSummary;
  /** 0, or with `validate` as `signet test` decides: 1 drift or nothing checked, 4 the target answered nothing. */
  exitCode: ExitCode;
}

/**
 * Runs the recording proxy until `stop` is aborted (SIGINT/SIGTERM in the CLI) or `maxRequests` requests
 * have been answered, printing a line per new distinct interaction, then writes the Pact file and a summary.
 * With `validate`, each exchange is also checked against the spec (each drift printed, a summary on stop).
 */
export async function runProxy(
  options: ProxyRunOptions,
  io: Io,
  stop: AbortSignal,
): Promise<ProxyRunSummary> {
  const pair = { consumer: options.consumer, provider: options.provider };
  const recording = options.record !== false;
  if (recording && options.merge === true)
    await checkMergeable(options.outDir, pair, options.pactVersion).catch(fileError);
  const recorder = new Recorder(options.maxInteractions);
  const captureLimit = options.captureLimit ?? DEFAULT_CAPTURE_LIMIT;
  const drift = options.validate && startDriftValidation(options.validate, captureLimit, io);
  let exchanges = 0;
  let upstreamFailures = 0;
  let finish: (reason: string) => void = () => undefined;
  const finished = new Promise<string>((resolve) => (finish = resolve));
  const counted = (): void => {
    if (options.maxRequests !== undefined && exchanges + upstreamFailures >= options.maxRequests)
      finish('max-requests');
  };
  const proxy = await startProxyServer({
    target: options.target,
    host: options.host,
    port: options.port,
    captureLimit,
    onExchange: (exchange: Exchange) => {
      exchanges += 1;
      drift?.check(exchange);
      const added = recording ? recorder.record(exchange) : undefined;
      if (added) io.out(`  + ${added.description}\n`);
      counted();
    },
    onUpstreamFailure: ({ method, url, reason }) => {
      upstreamFailures += 1;
      const missed = recording ? 'recorded' : 'checked';
      io.err(`  ! ${method} ${url}: not ${missed}, the target did not answer (${reason})\n`);
      counted();
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
  if (recording)
    io.out(
      `recording ${options.consumer} → ${options.provider}; stop with Ctrl-C (SIGINT) or SIGTERM to write the pact\n`,
    );
  if (drift)
    io.out(`validating against ${drift.label}; stop with Ctrl-C (SIGINT) or SIGTERM for the summary\n`);
  options.onListening?.(proxy.url);

  const stoppedBy = await finished;
  stop.removeEventListener('abort', onAbort);
  await proxy.close();
  const requests = exchanges + upstreamFailures;
  const failed = upstreamFailures > 0 ? ` (${upstreamFailures} unanswered by the target)` : '';
  const driftSummary = drift ? await drift.finish() : undefined;
  const exitCode = drift && driftSummary ? drift.exitCode(driftSummary, upstreamFailures) : ExitCode.ok;
  if (!recording) {
    io.out(`stopped (${stoppedBy}): ${requests} request(s)${failed}\n`);
    return {
      file: '',
      requests,
      upstreamFailures,
      interactions: 0,
      pact: 'not-recorded',
      stoppedBy,
      drift: driftSummary,
      exitCode,
    };
  }
  const interactions = recorder.interactions;
  const saved = await saveRecording(
    options.outDir,
    { ...pair, interactions },
    options.pactVersion,
    options.merge === true,
  ).catch(fileError);
  if (recorder.overflow > 0) {
    io.err(
      `signet proxy: ${recorder.overflow} more distinct interaction(s) were not recorded (limit ${recorder.maxInteractions})\n`,
    );
  }
  io.out(
    `stopped (${stoppedBy}): ${requests} request(s)${failed}, ${interactions.length} distinct interaction(s); ` +
      `${savedText(saved, options.pactVersion)}\n`,
  );
  const summary = { file: saved.file, requests, upstreamFailures, interactions: interactions.length };
  return {
    ...summary,
    pact: saved.action,
    stoppedBy,
    ...(driftSummary && { drift: driftSummary }),
    exitCode,
  };
}

function savedText(saved: SaveOutcome, version: WritablePactVersion): string {
  if (saved.action === 'unchanged') return `nothing to merge, ${saved.file} left as it was`;
  if (saved.action === 'merged')
    return `merged into ${saved.file} (${saved.replaced} replaced, ${saved.added} added)`;
  return `wrote Pact v${version} ${saved.file}`;
}

/** An empty recording that would wipe a pact fails the run (1); a pact `--merge` cannot use is bad input (2). */
function fileError(error: unknown): never {
  if (error instanceof PactFileError)
    throw new CliError(error.message, error.kind === 'empty' ? ExitCode.failed : ExitCode.usage);
  throw new CliError(`cannot write the pact: ${(error as Error).message}`);
}
