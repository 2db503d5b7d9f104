import path from 'node:path';
import { CliError } from '../exit-codes.js';
import type { Io } from '../output/io.js';
import type { CommandDeps } from './broker-flags.js';
import { brokerSession } from './broker-session.js';

/** The `signet proxy` flags that choose and tune validation. */
export interface ProxyValidationFlags {
  out?: string;
  provider?: string;
  /** A spec file, or `true` (`--validate` alone): the provider's spec from the broker. */
  validate?: string | true;
  environment?: string;
  version?: string;
  branch?: string;
  brokerUrl?: string;
  token?: string;
  allowUndeclaredResponseFields?: boolean;
  driftReport?: string;
}

/**
 * `--validate` and its options, the spec loaded (an invalid one is exit 2 before anything listens): from a file,
 * or with `--validate` alone from the broker, chosen as `signet mock --provider` chooses it (the version deployed
 * in `--environment`, `--version`'s, or `--branch`'s newest) and named on the first line of output.
 */
export async function proxyValidation(flags: ProxyValidationFlags, context: CommandDeps['context'], io: Io) {
  const choosesSpec = [flags.environment, flags.version, flags.branch].some((flag) => flag !== undefined);
  if (flags.validate === undefined) {
    if (flags.out === undefined)
      throw new CliError('give --out <dir> to record, or --validate <spec>, or both');
    if (flags.allowUndeclaredResponseFields === true || flags.driftReport !== undefined)
      throw new CliError('--allow-undeclared-response-fields and --drift-report need --validate');
    if (choosesSpec) throw new CliError('--environment, --version and --branch need --validate');
    return {};
  }
  const tuning = {
    ...(flags.allowUndeclaredResponseFields === true && { allowUndeclaredResponseFields: true }),
    ...(flags.driftReport !== undefined && { reportFile: path.resolve(context.cwd, flags.driftReport) }),
  };
  if (flags.validate !== true) {
    if (choosesSpec)
      throw new CliError(
        '--environment, --version and --branch choose the spec from the broker: give --validate without a file',
      );
    const { loadSpecFile } = await import('../actions/verify/load-spec-file.js');
    const file = path.resolve(context.cwd, flags.validate);
    return { validate: { spec: await loadSpecFile(file), label: flags.validate, ...tuning } };
  }
  if (flags.provider === undefined || flags.provider.trim() === '')
    throw new CliError('--validate without a file needs --provider: the spec comes from the broker');
  if (!choosesSpec)
    throw new CliError('give --environment, --version or --branch with --validate from the broker');
  if (flags.environment !== undefined && flags.version !== undefined)
    throw new CliError('give either --environment or --version, not both');
  const { client } = await brokerSession(context, flags);
  const { mockSpecFromBroker } = await import('../actions/mock/broker-source.js');
  const found = await mockSpecFromBroker(client, {
    provider: flags.provider,
    ...(flags.environment !== undefined && { environment: flags.environment }),
    ...(flags.version !== undefined && { version: flags.version }),
    ...(flags.branch !== undefined && { branch: flags.branch }),
  });
  const { loadSpecText } = await import('../actions/verify/load-spec-file.js');
  io.out(`signet proxy: validating against the spec of ${found.label}, ${found.source ?? ''}\n`);
  return { validate: { spec: await loadSpecText(found.text, found.label), label: found.label, ...tuning } };
}
