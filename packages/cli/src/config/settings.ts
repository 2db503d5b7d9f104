import { CliError } from '../exit-codes.js';
import type { CliContext } from './context.js';
import { gitBranch, gitCommit } from './git.js';
import { readRcFile, rcFileName, type RcConfig } from './rc-file.js';

/** Settings that may come from a flag, a `SIGNET_*` variable or `.signetrc.yaml`, in that order. */
export type SettingName =
  'brokerUrl' | 'token' | 'service' | 'provider' | 'version' | 'branch' | 'environment';

const envNames: Record<SettingName, string> = {
  brokerUrl: 'SIGNET_BROKER_URL',
  token: 'SIGNET_TOKEN',
  service: 'SIGNET_SERVICE',
  provider: 'SIGNET_PROVIDER',
  version: 'SIGNET_VERSION',
  branch: 'SIGNET_BRANCH',
  environment: 'SIGNET_ENVIRONMENT',
};

const flagNames: Record<SettingName, string> = {
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
}

/** Loads `.signetrc.yaml` from the working directory (once) and resolves settings against it. */
export async function loadSettings(context: CliContext): Promise<Settings> {
  const rc: RcConfig = await readRcFile(context.cwd);
  const get = (name: SettingName, flag: string | undefined): string | undefined =>
    nonEmpty(flag) ?? nonEmpty(context.env[envNames[name]]) ?? rc[name];
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
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
