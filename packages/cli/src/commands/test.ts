import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes.js';
import {
  CHECK_FORMATS,
  chooseFormat,
  formatOption,
  outputOption,
  type ReportFlags,
} from '../output/report/report-format.js';
import { withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import { settingsFor } from './broker-session.js';

interface TestFlags extends BrokerFlags, ReportFlags {
  providerUrl: string;
  spec?: string;
  provider?: string;
  version?: string;
  providerVersion?: string;
  branch?: string;
  publish?: boolean;
  buildUrl?: string;
  header: string[];
  seed?: string;
  maxExamples: string;
  negative?: boolean;
  allowUndeclaredResponseFields?: boolean;
  operation: string[];
}

/**
 * `signet test --provider-url <url> [--spec <file> | --provider <name> [--version <v>]] [--publish]`: verifies a
 * running provider against its spec (a file, or from the broker: that version's own spec when it published one,
 * else the latest on its branch, else on the main branch) and exits 0 when every check passed, 1 when
 * any failed, 2 for bad input, 3 when the broker is unreachable, 4 when the provider is. With `--publish` the result,
 * success or failure, is recorded for the provider version.
 */
export function registerTest(program: Command, { io, context, done }: CommandDeps): void {
  const collect = (value: string, previous: string[]): string[] => [...previous, value];
  withBrokerFlags(program.command('test'))
    .description('verify a running provider against its spec: generated requests, every answer checked')
    .requiredOption(
      '--provider-url <url>',
      "the provider's base URL (the spec's server path is added unless the URL has a path)",
    )
    .option('--spec <file>', "provider spec file (default: the provider's spec from the broker)")
    .option('--provider <name>', 'provider name (needed without --spec, and with --publish)')
    .option(
      '--version <version>',
      "provider version: without --spec, verify against its spec, else its branch's or the main branch's latest (default with --publish: git HEAD)",
    )
    .option('--provider-version <version>', 'the same as --version')
    .option('--branch <branch>', 'provider branch, with --publish (default: the current git branch)')
    .option('--publish', 'record the result (success or failure) for the provider version in the broker')
    .option('--build-url <url>', 'link to the CI build, recorded with --publish')
    .option('--header <header>', "'Name: value' sent with every request (auth); repeatable", collect, [])
    .option('--seed <n>', 'seed for generated requests (printed on every run, to replay it)')
    .option('--max-examples <n>', 'schema-generated requests per operation', '20')
    .option('--negative', 'also send invalid requests, which must be answered with a 4xx')
    .option(
      '--allow-undeclared-response-fields',
      'accept response fields the spec does not declare where its schema allows them (default: they fail, as in compare)',
    )
    .option('--operation <id>', "only this operationId or 'METHOD /path'; repeatable", collect, [])
    .addOption(formatOption(CHECK_FORMATS))
    .addOption(outputOption())
    .action(async (given: TestFlags) => {
      const flags = withProviderVersion(given);
      const format = chooseFormat(flags, CHECK_FORMATS);
      const settings = await settingsFor(context);
      // Loaded when the command runs, so `signet --help` loads none of it.
      const { verifyProvider } = await import('../actions/verify/index.js');
      const { emitVerification } = await import('../output/report/index.js');
      const { publishTestResult, resolvePublishTarget, resolveSpec } =
        await import('../actions/verification/test-with-broker.js');
      const target = flags.publish ? await resolvePublishTarget(settings, flags) : undefined;
      const spec = await resolveSpec(settings, flags, io);
      const report = await verifyProvider(
        {
          specPath: spec.label,
          specText: spec.text,
          specSource: spec.source,
          baseUrl: providerUrl(flags.providerUrl),
          provider: settings.get('provider', flags.provider),
          headers: Object.fromEntries(flags.header.map(header)),
          seed: flags.seed === undefined ? await randomSeed() : integer('--seed', flags.seed, 0),
          maxExamples: integer('--max-examples', flags.maxExamples, 1),
          negative: flags.negative === true,
          allowUndeclaredResponseFields: flags.allowUndeclaredResponseFields === true,
          operations: flags.operation,
        },
        io,
      );
      const reportTo = { io, context, format, output: flags.output };
      // The report first: it is worth having even when publishing fails (JSON includes what was published).
      if (format !== 'json') await emitVerification(reportTo, report, flags.spec);
      const published = target && (await publishTestResult(settings, flags, target, spec, report, io));
      if (format === 'json')
        await emitVerification(reportTo, report, flags.spec, published ? { ...report, published } : report);
      else if (published) {
        const line = `published the ${published.outcome} verification of ${published.target}\n`;
        // Only the human report shares stdout with it; the others must stay parseable.
        if (format === 'text') io.out(line);
        else io.err(line);
      }
      done({ exitCode: report.success ? ExitCode.ok : ExitCode.failed });
    });
}

/** `--provider-version` is another name for `--version` (as Pact's tools call it); both must agree. */
function withProviderVersion(flags: TestFlags): TestFlags {
  const { providerVersion, version } = flags;
  if (providerVersion === undefined) return flags;
  if (version !== undefined && version !== providerVersion)
    throw new CliError(`--version ${version} and --provider-version ${providerVersion} disagree: give one`);
  return { ...flags, version: providerVersion };
}

function providerUrl(text: string): URL {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new CliError(`--provider-url must be an http or https URL, got '${text}'`);
  return url;
}

function header(text: string): [string, string] {
  const colon = text.indexOf(':');
  const name = colon > 0 ? text.slice(0, colon).trim() : '';
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
    throw new CliError(`--header must look like 'Name: value', got '${text}'`);
  return [name, text.slice(colon + 1).trim()];
}

function integer(flag: string, text: string, min: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > 2 ** 31 - 1) {
    throw new CliError(`${flag} must be an integer from ${min} to ${2 ** 31 - 1}, got '${text}'`);
  }
  return Number(text);
}

/** A seed for this run; node:crypto is loaded only here, as `signet --help` does not need it. */
async function randomSeed(): Promise<number> {
  const { randomInt } = await import('node:crypto');
  return randomInt(2 ** 31 - 1);
}
