import path from 'node:path';
import type { Command } from 'commander';
import type { MockSource } from '../actions/mock/index.js';
import { CliError } from '../exit-codes.js';
import type { CommandDeps } from './broker-flags.js';
import { brokerSession } from './broker-session.js';

interface MockFlags {
  spec?: string;
  contract?: string;
  port: string;
  host: string;
  seed: string;
  dynamic?: boolean;
  cors?: boolean;
  strict?: boolean;
  record?: string;
  provider?: string;
  environment?: string;
  version?: string;
  branch?: string;
  brokerUrl?: string;
  token?: string;
  watch?: boolean;
  tlsCert?: string;
  tlsKey?: string;
}

const EXAMPLES = `
Examples:
  $ signet mock --spec openapi.yaml --port 4010
  $ curl -H 'Prefer: code=404' http://127.0.0.1:4010/pets/1
  $ curl -H 'Prefer: example=cat' http://127.0.0.1:4010/pets/1
  $ signet mock --spec openapi.yaml --dynamic --cors --record unmatched.json
  $ signet mock --contract pacts/shop-inventory.json --strict
  $ curl -H 'X-Pact-Provider-State: a pet exists' http://127.0.0.1:4010/pets/1
  $ signet mock --provider inventory_service --environment production
  $ signet mock --spec openapi.yaml --watch --tls-cert cert.pem --tls-key key.pem
  $ signet mock --provider inventory_service --version 2.3.0
  $ signet mock --provider inventory_service --branch feat-x

With --provider, the spec comes from the broker: the version deployed in
--environment, or --version, picked as signet test picks it (the version's own
spec, else its branch's latest, else the main branch's); --branch alone serves
that branch's newest spec. The first line says which spec is served.

Invalid requests get problem+json: 401 missing credentials, 415 unsupported
Content-Type, 422 body against its schema, 400 anything else (parameters,
unparsable body); unknown paths 404, other methods 405. Unmatched requests in
contract mode get 500 with the closest interaction and its mismatches.

The same checks in front of a real provider, flagging what drifts from the spec:
  $ signet proxy --target http://127.0.0.1:3000 --port 8080 --validate openapi.yaml
`;

/**
 * `signet mock --spec <file> | --contract <pact>`: a validating stub server until SIGINT/SIGTERM; exit 1 with
 * `--strict` when some interaction of the contract was never exercised.
 */
export function registerMock(program: Command, { io, context, done }: CommandDeps): void {
  program
    .command('mock')
    .description('serve a validating stub of a provider from its OpenAPI spec, or replay a Pact contract')
    .option('--spec <file>', 'OpenAPI 3.x or Swagger 2.0 document to answer from')
    .option('--contract <file>', 'Pact file (v1–v4) to replay')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4010')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--seed <n>', 'seed for generated responses (same seed, same answers)', '1')
    .option('--dynamic', 'generate fresh values for every request instead of examples')
    .option('--cors', 'answer CORS preflights and add CORS headers to every response')
    .option('--strict', 'with --contract: exit 1 if some interaction was never exercised')
    .option('--record <file>', 'on stop, write the requests nothing matched to this JSON file')
    .option(
      '--watch',
      'reload the spec or contract file when it changes (a bad edit keeps the last good one)',
    )
    .option('--tls-cert <file>', 'PEM certificate: serve HTTPS (with --tls-key)')
    .option('--tls-key <file>', 'PEM private key of --tls-cert')
    .option('--provider <name>', "instead of --spec: serve this provider's spec from the broker")
    .option('--environment <name>', 'with --provider: the version deployed or released there')
    .option('--version <version>', 'with --provider: this provider version')
    .option('--branch <name>', "with --provider: the version's branch, or alone the branch's newest spec")
    .option('--broker-url <url>', 'with --provider: the broker (else SIGNET_BROKER_URL, .signetrc.yaml)')
    .option('--token <token>', 'with --provider: API token (else SIGNET_TOKEN or .signetrc.yaml)')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: MockFlags) => {
      // Files are named relative to the command's working directory, which tests set without chdir.
      const resolve = (file: string): string => path.resolve(context.cwd, file);
      const source =
        flags.provider === undefined
          ? mockSource({
              ...flags,
              ...(flags.spec !== undefined && { spec: resolve(flags.spec) }),
              ...(flags.contract !== undefined && { contract: resolve(flags.contract) }),
            })
          : await brokerSource(context, io, flags);
      const stop = new AbortController();
      const onSignal = (signal: NodeJS.Signals): void => stop.abort(signal);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const { runMock } = await import('../actions/mock/index.js');
        const summary = await runMock(
          {
            source,
            host: flags.host,
            port: integer('--port', flags.port, 0, 65_535),
            cors: flags.cors === true,
            ...(flags.record !== undefined && { record: resolve(flags.record) }),
            ...(flags.watch === true && { watch: true }),
            ...(await tlsFiles(flags, resolve)),
          },
          io,
          stop.signal,
        );
        done({ exitCode: summary.exitCode });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}

/** The provider's spec from the broker, named on the first line of output (which version, and why that spec). */
async function brokerSource(context: CommandDeps['context'], io: CommandDeps['io'], flags: MockFlags) {
  if (flags.spec !== undefined || flags.contract !== undefined)
    throw new CliError('give either --provider or --spec/--contract, not both');
  if (flags.strict === true) throw new CliError('--strict applies to --contract only');
  if (flags.environment !== undefined && flags.version !== undefined)
    throw new CliError('give either --environment or --version, not both');
  const seed = integer('--seed', flags.seed, 0, 2 ** 31 - 1);
  const { client } = await brokerSession(context, flags);
  const { mockSpecFromBroker } = await import('../actions/mock/broker-source.js');
  const spec = await mockSpecFromBroker(client, {
    provider: flags.provider as string,
    ...(flags.environment !== undefined && { environment: flags.environment }),
    ...(flags.version !== undefined && { version: flags.version }),
    ...(flags.branch !== undefined && { branch: flags.branch }),
  });
  io.out(`signet mock: serving the spec of ${spec.label}, ${spec.source ?? ''}\n`);
  const source: MockSource = {
    kind: 'spec',
    file: spec.label,
    text: spec.text,
    seed,
    dynamic: flags.dynamic === true,
  };
  return source;
}

/** `--tls-cert` and `--tls-key`, read: both or neither. */
async function tlsFiles(flags: MockFlags, resolve: (file: string) => string) {
  if ((flags.tlsCert === undefined) !== (flags.tlsKey === undefined))
    throw new CliError('give both --tls-cert and --tls-key, or neither');
  if (flags.tlsCert === undefined || flags.tlsKey === undefined) return {};
  const { readTextFile } = await import('../actions/read-text-file.js');
  const [cert, key] = await Promise.all([
    readTextFile(resolve(flags.tlsCert), 'TLS certificate'),
    readTextFile(resolve(flags.tlsKey), 'TLS key'),
  ]);
  return { tls: { cert, key } };
}

function mockSource(flags: MockFlags): MockSource {
  if (flags.environment !== undefined || flags.version !== undefined || flags.branch !== undefined)
    throw new CliError('--environment, --version and --branch need --provider');
  if ((flags.spec === undefined) === (flags.contract === undefined))
    throw new CliError('give exactly one of --spec <file>, --contract <file> or --provider <name>');
  if (flags.spec !== undefined) {
    if (flags.strict === true) throw new CliError('--strict applies to --contract only');
    const seed = integer('--seed', flags.seed, 0, 2 ** 31 - 1);
    return { kind: 'spec', file: flags.spec, seed, dynamic: flags.dynamic === true };
  }
  if (flags.dynamic === true) throw new CliError('--dynamic applies to --spec only');
  return { kind: 'contract', file: flags.contract as string, strict: flags.strict === true };
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max)
    throw new CliError(`${flag} must be an integer from ${min} to ${max}, got '${text}'`);
  return value;
}
