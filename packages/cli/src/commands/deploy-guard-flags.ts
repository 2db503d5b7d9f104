import { Option } from 'commander';
import { CliError } from '../exit-codes.js';

/** The deploy guard's waiting, dry-run and network flags, as commander gives them. */
export interface GuardRunFlags {
  retryWhileUnknown?: string;
  retryInterval?: string;
  dryRun?: boolean;
  timeout?: string;
}

/** The same, checked: counts and milliseconds. */
export interface GuardRun {
  retries: number;
  intervalMs: number;
  dryRun: boolean;
  timeoutMs: number;
}

/** `--retry-while-unknown`, `--retry-interval`, `--dry-run`, `--timeout` (like `pact broker can-i-deploy`'s). */
export function guardRunOptions(): Option[] {
  return [
    new Option('--retry-while-unknown <n>', 'ask again up to n times while the verdict is unknown').default(
      '0',
    ),
    new Option('--retry-interval <s>', 'seconds between those attempts').default('10'),
    new Option('--dry-run', 'print the verdict but exit 0 whatever it is (errors still fail)'),
    new Option('--timeout <s>', 'give up on a broker request after this many seconds').default('30'),
  ];
}

/** Checks the flags; a bad value is a usage error naming the flag. */
export function parseGuardRun(flags: GuardRunFlags): GuardRun {
  return {
    retries: count('--retry-while-unknown', flags.retryWhileUnknown ?? '0'),
    intervalMs: seconds('--retry-interval', flags.retryInterval ?? '10'),
    dryRun: flags.dryRun === true,
    timeoutMs: seconds('--timeout', flags.timeout ?? '30'),
  };
}

function count(flag: string, text: string): number {
  if (!/^\d{1,4}$/.test(text.trim()))
    throw new CliError(`${flag} must be a whole number from 0 to 9999, got '${text}'`);
  return Number(text);
}

function seconds(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || value > 86_400)
    throw new CliError(`${flag} must be a number of seconds above 0 and at most 86400, got '${text}'`);
  return Math.round(value * 1000);
}
