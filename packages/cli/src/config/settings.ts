import path from 'node:path';
import { CliError } from '../exit-codes.js';
import type { CliContext } from './context.js';
import { gitBranch, gitCommit } from './git.js';
import { readRcFile, rcFileName, type RcConfig } from './rc-file.js';
import { locateRcDir } from './rc-location.js';

/** Settings that may come from a flag, a `SIGNET_*` variable or `.signetrc.yaml`, in that order. */
export type SettingName =
  'brokerUrl' | 'token' | 'service' | 'provider' | 'version' | 'branch' | 'environment';

/** Every setting, in the order `signet config` lists them. */
export const settingNames: readonly SettingName[] = [
  'brokerUrl',
  'token',
  'service',
  'provider',
  'version',
  'branch',
  'environment',
];

/** Where a setting's value came from: a flag, a variable, the rc file (its path), or nowhere. */
export type SettingSource =
  | { kind: 'flag'; name: string }
  | { kind: 'env'; name: string }
  | { kind: 'file'; path: string }
  | { kind: 'unset' };

export const envNames: Record<SettingName, string> = {
  brokerUrl: 'SIGNET_BROKER_URL',
  token: 'SIGNET_TOKEN',
  service: 'SIGNET_SERVICE',
  provider: 'SIGNET_PROVIDER',
  version: 'SIGNET_VERSION',
  branch: 'SIGNET_BRANCH',
  environment: 'SIGNET_ENVIRONMENT',
};

export const flagNames: Record<SettingName, string> = {
  brokerUrl: '--broker-url',
  token: '--token',
  service: '--service',
  provider: '--provider',
  version: '--version',
  branch: '--branch',
  environment: '--environment',
};

/** Resolves settings for one command run. */
export interface Settings {
  /** The flag's value, else the variable's, else the file's; undefined when none is set. */
  get(name: SettingName, flag: string | undefined): string | undefined;
  /** Like `get`, but a usage error saying every way to set it when none is set. */
  require(name: SettingName, flag: string | undefined): string;
  /** Like `get`, falling back to git (`version`: the commit; `branch`: the current branch). */
  orGit(name: 'version' | 'branch', flag: string | undefined): Promise<string | undefined>;
  /** Like `orGit`, but a usage error saying every way to set it when neither is there. */
  fromGit(name: 'version' | 'branch', flag: string | undefined): Promise<string>;
  /** Tags from flags, else from the file. */
  tags(flags: string[]): string[];
  /** Like `get`, with where the value came from (for `signet config`). */
  explain(name: SettingName, flag: string | undefined): { value?: string; source: SettingSource };
  /** The `.signetrc.yaml` that applies, if any (absolute path). */
  rcFile: string | undefined;
}

/**
 * Loads `.signetrc.yaml` (once: the nearest from the working directory up to the git root) and resolves
 * settings against it.
 */
export async function loadSettings(context: CliContext): Promise<Settings> {
  const rcDir = await locateRcDir(context.cwd);
  const rcFile = rcDir === undefined ? undefined : path.join(rcDir, rcFileName);
  const label = rcFile === undefined ? rcFileName : path.relative(context.cwd, rcFile) || rcFileName;
  const rc: RcConfig = rcDir === undefined ? {} : await readRcFile(rcDir, label);
  const explain = (name: SettingName, flag: string | undefined) => {
    const fromFlag = nonEmpty(flag);
    if (fromFlag !== undefined)
      return { value: fromFlag, source: { kind: 'flag', name: flagNames[name] } } as const;
    const fromEnv = nonEmpty(context.env[envNames[name]]);
    if (fromEnv !== undefined)
      return { value: fromEnv, source: { kind: 'env', name: envNames[name] } } as const;
    const fromFile = rc[name];
    if (fromFile !== undefined && rcFile !== undefined)
      return { value: fromFile, source: { kind: 'file', path: rcFile } } as const;
    return { source: { kind: 'unset' } } as const;
  };
  const get = (name: SettingName, flag: string | undefined): string | undefined => explain(name, flag).value;
  const ways = (name: SettingName) => `${flagNames[name]}, ${envNames[name]} or '${name}:' in ${rcFileName}`;
  const orGit = async (name: 'version' | 'branch', flag: string | undefined) =>
    get(name, flag) ?? (await (name === 'version' ? gitCommit : gitBranch)(context.cwd));
  return {
    get,
    orGit,
    require(name, flag) {
      const value = get(name, flag);
      if (value === undefined) throw new CliError(`missing ${flagNames[name]}: give ${ways(name)}`);
      return value;
    },
    async fromGit(name, flag) {
      const value = await orGit(name, flag);
      if (value !== undefined) return value;
      const why = name === 'version' ? 'this is not a git repository' : 'no git branch is checked out here';
      throw new CliError(`missing ${flagNames[name]}: ${why}, so give ${ways(name)}`);
    },
    tags: (flags) => (flags.length > 0 ? flags : (rc.tags ?? [])),
    explain,
    rcFile,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
