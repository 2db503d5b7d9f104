import { Option } from 'commander';
import { CliError } from '../../exit-codes.js';

/** Every report format; each command takes a subset (`sarif` only where findings have files to point at). */
export type ReportFormat = 'text' | 'json' | 'junit' | 'github' | 'markdown' | 'sarif';

export const CHECK_FORMATS: readonly ReportFormat[] = ['text', 'json', 'junit', 'github', 'markdown'];
export const COMPARE_FORMATS: readonly ReportFormat[] = [...CHECK_FORMATS, 'sarif'];

/** The flags `formatOption` and `outputOption` add (and `--json`, which every such command already has). */
export interface ReportFlags {
  format?: string;
  output?: string;
  json?: boolean;
}

/** `--format <format>`, listing the command's formats. Kept free of heavy imports: it runs for `--help`. */
export function formatOption(formats: readonly ReportFormat[]): Option {
  return new Option(
    '--format <format>',
    `report format: ${formats.join(', ')} (default: text; --json is --format json)`,
  );
}

/** `--output <file>`: the report goes to the file, the verdict line still to stdout. */
export function outputOption(): Option {
  return new Option(
    '--output <file>',
    'write the report to this file; stdout then gets the verdict line only',
  );
}

/** The format asked for: `--json` is `--format json`; an unknown format, or two that disagree, is a usage error. */
export function chooseFormat(flags: ReportFlags, formats: readonly ReportFormat[]): ReportFormat {
  const given = flags.format;
  if (given !== undefined && !(formats as readonly string[]).includes(given))
    throw new CliError(`--format must be one of ${formats.join(', ')}, got '${given}'`);
  if (flags.json === true && given !== undefined && given !== 'json')
    throw new CliError(`--json and --format ${given} disagree: give one`);
  if (flags.output === '') throw new CliError('--output needs a file name');
  return flags.json === true ? 'json' : ((given as ReportFormat | undefined) ?? 'text');
}
