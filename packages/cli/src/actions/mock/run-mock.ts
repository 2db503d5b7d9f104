import { CliError, ExitCode } from '../../exit-codes.js';
import type { Io } from '../../output/io.js';
import { loadSpecFile, loadSpecText } from '../verify/load-spec-file.js';
import { contractReplay, type ContractReplay } from './contract/contract-responder.js';
import type { Responder } from './http/mock-exchange.js';
import { startMockServer } from './http/mock-server.js';
import { loadContractFile } from './load-source.js';
import { specResponder } from './spec/spec-responder.js';
import { UnmatchedLog } from './unmatched-log.js';
import { watchFile } from './watch-source.js';

/**
 * What `signet mock` serves, already validated: a spec or a contract file. A spec from the broker carries its
 * `text`, and `file` is then its label.
 */
export type MockSource =
  | { kind: 'spec'; file: string; text?: string; seed: number; dynamic: boolean }
  | { kind: 'contract'; file: string; strict: boolean };

export interface MockRunOptions {
  source: MockSource;
  host: string;
  port: number;
  cors: boolean;
  /** Where to write the requests nothing matched, on stop. */
  record?: string;
  /** Reload the spec or contract file when it changes; a bad edit keeps the last good one. */
  watch?: boolean;
  /** PEM certificate and key: serve HTTPS. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Told where the mock listens once it does (tests use it with port 0). */
  onListening?: (url: string) => void;
}

export interface MockRunSummary {
  requests: number;
  /** Requests refused as invalid against their operation. */
  invalid: number;
  /** Requests no operation or interaction matched. */
  unmatched: number;
  /** Requests whose documented answer the mock could not build (500). */
  failed: number;
  /** Contract mode: descriptions of the interactions no request exercised. */
  unexercised: string[];
  exitCode: ExitCode;
}

/**
 * Serves the spec or contract until `stop` is aborted (SIGINT/SIGTERM in the CLI), then prints how many requests
 * were served, invalid and unmatched, writes `--record`, and in contract mode lists the interactions never exercised (exit 1
 * for any with `strict`).
 */
export async function runMock(options: MockRunOptions, io: Io, stop: AbortSignal): Promise<MockRunSummary> {
  const { source } = options;
  const scheme = options.tls ? 'https' : 'http';
  let loaded = await loadResponder(source, scheme);
  const log = new UnmatchedLog();
  const counts = { requests: 0, invalid: 0, unmatched: 0, error: 0 };
  const server = await startMockServer({
    host: options.host,
    port: options.port,
    cors: options.cors,
    ...(options.tls && { tls: options.tls }),
    respond: (request) => loaded.respond(request),
    onAnswer: (request, response) => {
      counts.requests += 1;
      if (response.refused) counts[response.refused] += 1;
      log.note(request, response);
      io.out(
        `${request.method} ${request.path} → ${response.status}${response.refused ? ` (${response.refused})` : ''}\n`,
      );
    },
  }).catch((error: unknown) => {
    throw new CliError(`cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
  });
  io.out(
    `signet mock: listening on ${server.url}, serving ${source.kind} ${source.file}; stop with Ctrl-C\n`,
  );
  const watcher =
    options.watch === true && !(source.kind === 'spec' && source.text !== undefined)
      ? watchFile(source.file, async () => {
          try {
            loaded = await loadResponder(source, scheme);
            io.out(`reloaded ${source.file}\n`);
          } catch (error) {
            io.err(`kept the last good ${source.kind}: ${(error as Error).message}\n`);
          }
        })
      : undefined;
  options.onListening?.(server.url);
  await new Promise<void>((resolve) => {
    if (stop.aborted) resolve();
    else stop.addEventListener('abort', () => resolve(), { once: true });
  });
  watcher?.close();
  await server.close();
  if (options.record !== undefined) {
    await log.write(options.record).catch((error: unknown) => {
      throw new CliError(`cannot write ${options.record}: ${(error as Error).message}`);
    });
    io.out(`recorded ${log.entries.length} unmatched request(s) in ${options.record}\n`);
  }
  const failed = counts.error > 0 ? `, ${counts.error} failed` : '';
  io.out(
    `stopped: served ${counts.requests} request(s), ${counts.invalid} invalid, ${counts.unmatched} unmatched${failed}\n`,
  );
  const replay = loaded.replay;
  const unexercised = replay
    ? replay.interactions.filter((i) => !replay.exercised.has(i)).map((i) => i.description)
    : [];
  for (const description of unexercised) io.out(`  never exercised: ${description}\n`);
  const strict = source.kind === 'contract' && source.strict;
  const exitCode = strict && unexercised.length > 0 ? ExitCode.failed : ExitCode.ok;
  const { requests, invalid, unmatched, error } = counts;
  return { requests, invalid, unmatched, failed: error, unexercised, exitCode };
}

/** The responder for the source as its file is now; in contract mode, also the replay (what was exercised). */
async function loadResponder(
  source: MockSource,
  scheme: 'http' | 'https',
): Promise<{ respond: Responder; replay?: ContractReplay }> {
  if (source.kind === 'spec') {
    const spec =
      source.text === undefined ? loadSpecFile(source.file) : loadSpecText(source.text, source.file);
    return { respond: specResponder(await spec, source) };
  }
  const replay = contractReplay(await loadContractFile(source.file), scheme);
  return { respond: replay.respond, replay };
}
