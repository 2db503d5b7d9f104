import path from 'node:path';
import type { Command } from 'commander';
// A leaf module of two names: the help text stays without loading the proxy itself.
import { INTERACTION_HEADER, PROVIDER_STATE_HEADER } from '../actions/proxy/transport/proxy-directives.js';
import { CliError } from '../exit-codes.js';
import type { Io } from '../output/io.js';
import type { CommandDeps } from './broker-flags.js';

interface ProxyFlags {
  target: string;
  port: string;
  consumer?: string;
  provider?: string;
  out?: string;
  pactVersion: string;
  merge?: boolean;
  maxRequests?: string;
  host: string;
  json?: boolean;
  validate?: string;
  allowUndeclaredResponseFields?: boolean;
  driftReport?: string;
}

/**
 * `signet proxy --target <url> --port <n> --consumer <name> --provider <name> --out <dir>`: records traffic
 * through a reverse proxy and writes a Pact file on SIGINT/SIGTERM or after `--max-requests`. With
 * `--validate <spec>` it also checks every exchange against the spec (a drift proxy), and then `--out` is optional.
 */
export function registerProxy(program: Command, { io, context, done }: CommandDeps): void {
  program
    .command('proxy')
    .description(
      "record a consumer's calls to a provider through a reverse proxy and write them as a Pact file; " +
        'with --validate, flag requests and responses that break the spec',
    )
    .requiredOption('--target <url>', 'where requests go: the provider or its test double (http or https)')
    .requiredOption('--port <n>', 'port to listen on (0 picks a free one)')
    .option('--consumer <name>', 'consumer name for the Pact file (required with --out)')
    .option('--provider <name>', 'provider name for the Pact file (required with --out)')
    .option('--out <dir>', 'directory for <consumer>-<provider>.json (required unless --validate)')
    .option(
      '--validate <spec>',
      'check every exchange against this OpenAPI 3.x or Swagger 2.0 file: print each drift, a summary on stop',
    )
    .option(
      '--allow-undeclared-response-fields',
      'with --validate: response fields the schema does not declare are no drift (as signet test)',
    )
    .option('--drift-report <file>', 'with --validate: on stop, write the summary and every drift as JSON')
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

Without any traffic the file is not written over an existing pact (exit 1); with --merge it is left as it was.

With --validate (a drift proxy), every request is routed and validated as signet mock validates it, every
answer is checked as signet test checks one, and each break is printed with the code signet compare gives it
(request.query.incompatible, response.body.incompatible, ...). Answers still reach the client unchanged.
Exit code, as signet test: 0 every exchange conforms; 1 some drifted, a request went unanswered, or none
was checked; 4 the target answered none; 2 bad flags or an invalid spec.

Examples:
  $ signet proxy --target http://127.0.0.1:3000 --port 8080 --consumer web --provider pets --out pacts
  $ signet proxy --target https://staging.pets.example --port 8080 --validate openapi.yaml
  $ signet proxy --target http://127.0.0.1:3000 --port 8080 --validate openapi.yaml \\
      --drift-report drift.json --consumer web --provider pets --out pacts`,
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
        const record = flags.out !== undefined;
        const options = {
          target: targetUrl(flags.target),
          host: flags.host,
          port: integer('--port', flags.port, 0, 65_535),
          consumer: record ? name('--consumer', flags.consumer) : '',
          provider: record ? name('--provider', flags.provider) : '',
          outDir: flags.out ?? '',
          pactVersion: pactVersion(flags.pactVersion),
          merge: flags.merge === true,
          maxRequests:
            flags.maxRequests === undefined ? undefined : integer('--max-requests', flags.maxRequests, 1),
          record,
          ...(await validation(flags, context.cwd)),
        };
        const summary = await runProxy(options, runIo, stop.signal);
        const { exitCode, ...printed } = summary; // the exit code is the process's own
        if (flags.json === true) io.out(`${JSON.stringify(printed)}\n`);
        done({ exitCode });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}

/** `--validate` and its options, the spec loaded (an invalid one is exit 2 before anything listens). */
async function validation(flags: ProxyFlags, cwd: string) {
  if (flags.validate === undefined) {
    if (flags.out === undefined)
      throw new CliError('give --out <dir> to record, or --validate <spec>, or both');
    if (flags.allowUndeclaredResponseFields === true || flags.driftReport !== undefined)
      throw new CliError('--allow-undeclared-response-fields and --drift-report need --validate');
    return {};
  }
  const { loadSpecFile } = await import('../actions/verify/load-spec-file.js');
  const file = path.resolve(cwd, flags.validate);
  return {
    validate: {
      spec: await loadSpecFile(file),
      label: flags.validate,
      ...(flags.allowUndeclaredResponseFields === true && { allowUndeclaredResponseFields: true }),
      ...(flags.driftReport !== undefined && { reportFile: path.resolve(cwd, flags.driftReport) }),
    },
  };
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

function name(flag: string, text: string | undefined): string {
  if (text === undefined) throw new CliError(`${flag} is required with --out`);
  if (text.trim() === '') throw new CliError(`${flag} must not be empty`);
  return text;
}

function pactVersion(text: string): 3 | 4 {
  if (text === '3' || text === '4') return Number(text) as 3 | 4;
  throw new CliError(`--pact-version must be 3 or 4, got '${text}'`);
}
