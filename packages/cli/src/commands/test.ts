import { randomInt } from 'node:crypto';
import type { Command } from 'commander';
import { renderReport, verifyProvider } from '../actions/verify/index.js';
import { CliError, ExitCode } from '../exit-codes.js';
import type { Io } from '../output/io.js';
import type { CommandResult } from './command-result.js';

interface TestFlags {
  providerUrl: string;
  spec: string;
  provider?: string;
  header: string[];
  seed?: string;
  maxExamples: string;
  negative?: boolean;
  operation: string[];
  json?: boolean;
}

/**
 * `signet test --provider-url <url> --spec <file>`: verifies a running provider against its spec and exits 0 when
 * every check passed, 1 when any failed, 2 for bad input, 3 when the provider is unreachable.
 */
export function registerTest(program: Command, io: Io, done: (result: CommandResult) => void): void {
  const collect = (value: string, previous: string[]): string[] => [...previous, value];
  program
    .command('test')
    .description('verify a running provider against its spec: generated requests, every answer checked')
    .requiredOption(
      '--provider-url <url>',
      "the provider's base URL (the spec's server path is added unless the URL has a path)",
    )
    .requiredOption('--spec <file>', 'provider spec: OpenAPI 3.x or Swagger 2.0, JSON or YAML')
    .option('--provider <name>', 'provider name, for the report')
    .option('--header <header>', "'Name: value' sent with every request (auth); repeatable", collect, [])
    .option('--seed <n>', 'seed for generated requests (printed on every run, to replay it)')
    .option('--max-examples <n>', 'schema-generated requests per operation', '20')
    .option('--negative', 'also send invalid requests, which must be answered with a 4xx')
    .option('--operation <id>', "only this operationId or 'METHOD /path'; repeatable", collect, [])
    .option('--json', 'print the verification report as JSON')
    .action(async (flags: TestFlags) => {
      const report = await verifyProvider(
        {
          specPath: flags.spec,
          baseUrl: providerUrl(flags.providerUrl),
          provider: flags.provider,
          headers: Object.fromEntries(flags.header.map(header)),
          seed: flags.seed === undefined ? randomInt(2 ** 31 - 1) : integer('--seed', flags.seed, 0),
          maxExamples: integer('--max-examples', flags.maxExamples, 1),
          negative: flags.negative === true,
          operations: flags.operation,
        },
        io,
      );
      io.out(flags.json ? JSON.stringify(report, null, 2) + '\n' : renderReport(io, report));
      done({ exitCode: report.success ? ExitCode.ok : ExitCode.failed });
    });
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
