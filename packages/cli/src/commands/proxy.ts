import type { Command } from 'commander';
// A leaf module of two names: the help text stays without loading the proxy itself.
import { INTERACTION_HEADER, PROVIDER_STATE_HEADER } from '../actions/proxy/transport/proxy-directives.js';
import { CliError, ExitCode } from '../exit-codes.js';
import type { Io } from '../output/io.js';
import type { CommandDeps } from './broker-flags.js';

interface ProxyFlags {
  target: string;
  port: string;
  consumer: string;
  provider: string;
  out: string;
  pactVersion: string;
  merge?: boolean;
  maxRequests?: string;
  host: string;
  json?: boolean;
}

/**
 * `signet proxy --target <url> --port <n> --consumer <name> --provider <name> --out <dir>`: records traffic
 * through a reverse proxy and writes a Pact file on SIGINT/SIGTERM or after `--max-requests`.
 */
export function registerProxy(program: Command, { io, done }: CommandDeps): void {
  program
    .command('proxy')
    .description(
      "record a consumer's calls to a provider through a reverse proxy and write them as a Pact file",
    )
    .requiredOption('--target <url>', 'where requests go: the provider or its test double (http or https)')
    .requiredOption('--port <n>', 'port to listen on (0 picks a free one)')
    .requiredOption('--consumer <name>', 'consumer name for the Pact file')
    .requiredOption('--provider <name>', 'provider name for the Pact file')
    .requiredOption('--out <dir>', 'directory for <consumer>-<provider>.json')
    .option('--pact-version <3|4>', 'Pact specification version to write', '4')
    .option(
      '--merge',
      'merge into the pact already in --out (same consumer, provider and version): an interaction with the ' +
        'same description and provider states is replaced, others are added',
    )
    .option(
      '--max-requests <n>',
      'stop and write the file after this many requests (ones the target failed to answer count too)',
    )
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option(
      '--json',
      'progress to stderr; print the summary (file, requests, interactions) as JSON on stdout',
    )
    .addHelpText(
      'after',
      `
Request headers for the proxy (read, then neither forwarded nor recorded):
  ${header(PROVIDER_STATE_HEADER)}: <state>   the provider state this request needs; repeat for several
  ${header(INTERACTION_HEADER)}: <description>   the interaction's description (default: "GET /pets/{id} → 200")

Without any traffic the file is not written over an existing pact (exit 1); with --merge it is left as it was.`,
    )
    .action(async (flags: ProxyFlags) => {
      const stop = new AbortController();
      const onSignal = (signal: NodeJS.Signals): void => stop.abort(signal);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      // With --json, stdout carries only the summary; what the proxy says while it runs goes to stderr.
      const runIo: Io = flags.json === true ? { ...io, out: (text) => io.err(text) } : io;
      const { runProxy } = await import('../actions/proxy/index.js');
      try {
        const summary = await runProxy(
          {
            target: targetUrl(flags.target),
            host: flags.host,
            port: integer('--port', flags.port, 0, 65_535),
            consumer: name('--consumer', flags.consumer),
            provider: name('--provider', flags.provider),
            outDir: flags.out,
            pactVersion: pactVersion(flags.pactVersion),
            merge: flags.merge === true,
            maxRequests:
              flags.maxRequests === undefined ? undefined : integer('--max-requests', flags.maxRequests, 1),
          },
          runIo,
          stop.signal,
        );
        if (flags.json === true) io.out(`${JSON.stringify(summary)}\n`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      done({ exitCode: ExitCode.ok });
    });
}

/** `x-signet-interaction` → `X-Signet-Interaction`, as people write header names. */
function header(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

function targetUrl(text: string): URL {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new CliError(`--target must be an http or https URL, got '${text}'`);
  }
  return url;
}

function integer(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new CliError(`${flag} must be an integer from ${min} to ${max}, got '${text}'`);
  }
  return value;
}

function name(flag: string, text: string): string {
  if (text.trim() === '') throw new CliError(`${flag} must not be empty`);
  return text;
}

function pactVersion(text: string): 3 | 4 {
  if (text === '3' || text === '4') return Number(text) as 3 | 4;
  throw new CliError(`--pact-version must be 3 or 4, got '${text}'`);
}
