import type { Command } from 'commander';
// A leaf module of two names: the help text stays without loading the proxy itself.
import { INTERACTION_HEADER, PROVIDER_STATE_HEADER } from '../actions/proxy/transport/proxy-directives.js';
import { CliError } from '../exit-codes.js';
import type { Io } from '../output/io.js';
import type { CommandDeps } from './broker-flags.js';
import { proxyValidation, type ProxyValidationFlags } from './proxy-validation.js';

interface ProxyFlags extends ProxyValidationFlags {
  target: string;
  port: string;
  consumer?: string;
  pactVersion: string;
  merge?: boolean;
  maxRequests?: string;
  host: string;
  json?: boolean;
}

/**
 * `signet proxy --target <url> --port <n> --consumer <name> --provider <name> --out <dir>`: records traffic
 * through a reverse proxy and writes a Pact file on SIGINT/SIGTERM or after `--max-requests`. With
 * `--validate <spec>` (or `--validate` alone: the provider's spec from the broker) it also checks every exchange
 * against the spec (a drift proxy), and then `--out` is optional.
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
    .option(
      '--provider <name>',
      'provider name for the Pact file (required with --out), and whose spec --validate alone takes',
    )
    .option('--out <dir>', 'directory for <consumer>-<provider>.json (required unless --validate)')
    .option(
      '--validate [spec]',
      "check every exchange against this OpenAPI 3.x or Swagger 2.0 file (alone: --provider's spec from the " +
        'broker): print each drift, a summary on stop',
    )
    .option('--environment <name>', 'with --validate alone: the spec of the version deployed there')
    .option('--version <number>', "with --validate alone: that provider version's spec")
    .option(
      '--branch <name>',
      "with --validate alone: the version's branch, or alone the branch's newest spec",
    )
    .option(
      '--broker-url <url>',
      'with --validate alone: the broker (else SIGNET_BROKER_URL, .signetrc.yaml)',
    )
    .option('--token <token>', 'with --validate alone: API token (else SIGNET_TOKEN or .signetrc.yaml)')
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
--validate alone takes the spec of --provider from the broker, chosen as signet mock --provider chooses it
(--environment: the version deployed there; --version; --branch: its newest); the first line names it.

Examples:
  $ signet proxy --target http://127.0.0.1:3000 --port 8080 --consumer web --provider pets --out pacts
  $ signet proxy --target https://staging.pets.example --port 8080 --validate openapi.yaml
  $ signet proxy --target https://staging.pets.example --port 8080 --validate --provider pets \\
      --environment staging
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
          ...(await proxyValidation(flags, context, runIo)),
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
