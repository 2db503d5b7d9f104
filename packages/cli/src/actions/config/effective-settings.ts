import type { BrokerFlags } from '../../commands/broker-flags.js';
import type { CliContext } from '../../config/context.js';
import { gitBranch, gitCommit } from '../../config/git.js';
import { settingNames, type SettingName, type Settings } from '../../config/settings.js';
import { defaultBrokerUrl } from '../connect.js';

/** One setting as `signet config` shows it. */
export interface EffectiveSetting {
  name: SettingName | 'tags';
  /** The value; a token is never shown, only whether one is set. */
  value: string | string[] | null;
  /** `--flag`, `SIGNET_*`, the rc file's path, `git`, `default` or `unset`. */
  from: string;
}

/** Shown instead of a token's value. */
export const maskedToken = '******** (hidden)';

/** Every setting this run would use, and where each came from; tokens masked. */
export async function effectiveSettings(
  settings: Settings,
  context: CliContext,
  flags: BrokerFlags,
): Promise<EffectiveSetting[]> {
  const given: Partial<Record<SettingName, string>> = { brokerUrl: flags.brokerUrl, token: flags.token };
  const rows: EffectiveSetting[] = [];
  for (const name of settingNames) {
    const { value, source } = settings.explain(name, given[name]);
    const from =
      source.kind === 'flag' || source.kind === 'env'
        ? source.name
        : source.kind === 'file'
          ? source.path
          : 'unset';
    if (value !== undefined) rows.push({ name, value: name === 'token' ? maskedToken : value, from });
    else rows.push({ name, ...(await fallback(name, context)) });
  }
  const tags = settings.tags([]);
  rows.push({ name: 'tags', value: tags, from: tags.length > 0 ? (settings.rcFile ?? 'unset') : 'unset' });
  return rows;
}

/** What an unset setting falls back to: the default broker, or git for version and branch. */
async function fallback(name: SettingName, context: CliContext): Promise<Omit<EffectiveSetting, 'name'>> {
  if (name === 'brokerUrl') return { value: defaultBrokerUrl, from: 'default' };
  const fromGit =
    name === 'version'
      ? await gitCommit(context.cwd)
      : name === 'branch'
        ? await gitBranch(context.cwd)
        : undefined;
  return fromGit === undefined ? { value: null, from: 'unset' } : { value: fromGit, from: 'git' };
}
