import { ConfigError } from './config-error.js';

/** Pact Broker behaviours of the Pact API (publishing, badges); each named after the Pact Broker setting it mirrors. */
export interface PactSettings {
  /**
   * `allow_dangerous_contract_modification` (`SIGNET_ALLOW_DANGEROUS_CONTRACT_MODIFICATION`, default off):
   * replace a consumer version's pact when different content is published for it. Off, that is a 409, because
   * verification results of the old content would otherwise seem to apply to the new.
   */
  allowDangerousContractModification: boolean;
  /**
   * `use_first_tag_as_branch` (`SIGNET_USE_FIRST_TAG_AS_BRANCH`, default on): a version created by tagging
   * without a branch takes its first tag as its branch.
   */
  useFirstTagAsBranch: boolean;
  /**
   * `create_deployed_versions_for_tags` (`SIGNET_CREATE_DEPLOYED_VERSIONS_FOR_TAGS`, default on): a tag named
   * like an existing environment records a deployment of the version to it.
   */
  createDeployedVersionsForTags: boolean;
  /**
   * `enable_public_badge_access` (`SIGNET_ENABLE_PUBLIC_BADGE_ACCESS`, default off): with tokens required, the
   * badge routes (`…/badge`, an SVG) answer without a token, so a README can embed them. Only the badges:
   * the answers they summarise still need a read token.
   */
  enablePublicBadgeAccess: boolean;
}

export const defaultPactSettings: PactSettings = {
  allowDangerousContractModification: false,
  useFirstTagAsBranch: true,
  createDeployedVersionsForTags: true,
  enablePublicBadgeAccess: false,
};

const variables: Record<keyof PactSettings, string> = {
  allowDangerousContractModification: 'SIGNET_ALLOW_DANGEROUS_CONTRACT_MODIFICATION',
  useFirstTagAsBranch: 'SIGNET_USE_FIRST_TAG_AS_BRANCH',
  createDeployedVersionsForTags: 'SIGNET_CREATE_DEPLOYED_VERSIONS_FOR_TAGS',
  enablePublicBadgeAccess: 'SIGNET_ENABLE_PUBLIC_BADGE_ACCESS',
};

/** Reads the settings above from the environment; `true`/`false` (or `1`/`0`), anything else is refused by name. */
export function pactSettingsFromEnv(env: NodeJS.ProcessEnv): PactSettings {
  const settings = { ...defaultPactSettings };
  for (const key of Object.keys(variables) as Array<keyof PactSettings>) {
    const value = env[variables[key]];
    if (value === undefined || value === '') continue;
    if (value === 'true' || value === '1') settings[key] = true;
    else if (value === 'false' || value === '0') settings[key] = false;
    else throw new ConfigError(`${variables[key]}: must be true or false (got "${value}")`);
  }
  return settings;
}
