import type { FieldErrorList } from '../errors/pact-validation-error.js';

/** A consumer version selector as Pact clients send it (SPEC §11). */
export interface ConsumerVersionSelector {
  mainBranch?: boolean;
  branch?: string;
  fallbackBranch?: string;
  matchingBranch?: boolean;
  tag?: string;
  fallbackTag?: string;
  latest?: boolean;
  consumer?: string;
  deployed?: boolean;
  released?: boolean;
  deployedOrReleased?: boolean;
  environment?: string;
}

type Key = keyof ConsumerVersionSelector;

const booleanKeys: Key[] = [
  'mainBranch',
  'matchingBranch',
  'latest',
  'deployed',
  'released',
  'deployedOrReleased',
];
const stringKeys: Key[] = ['branch', 'fallbackBranch', 'tag', 'fallbackTag', 'consumer', 'environment'];
const branchOrTagKeys: Key[] = [
  'mainBranch',
  'branch',
  'fallbackBranch',
  'matchingBranch',
  'tag',
  'fallbackTag',
];
const environmentKeys: Key[] = ['deployed', 'released', 'deployedOrReleased', 'environment'];
/** Keys that choose versions on their own (`consumer` and the fallbacks only narrow or back them up). */
const choosingKeys: Key[] = [
  'mainBranch',
  'branch',
  'matchingBranch',
  'tag',
  'deployed',
  'released',
  'deployedOrReleased',
  'environment',
];

/** What validation needs to know beyond the selectors themselves. */
export interface SelectorContext {
  providerVersionBranch?: string;
  /** Names of the environments that exist. */
  environments: ReadonlySet<string>;
}

/**
 * Reads and validates the selectors with Pact Broker's rules, adding each problem to `errors` under
 * `consumerVersionSelectors` with the selector's index. Returns the selectors (meaningful only if no errors).
 */
export function readSelectors(
  raw: unknown,
  context: SelectorContext,
  errors: FieldErrorList,
): ConsumerVersionSelector[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    errors.add('consumerVersionSelectors', 'must be an array');
    return [];
  }
  return raw.map((item, index) => {
    const problems: string[] = [];
    const selector = readSelector(item, problems);
    problems.push(...selectorRuleProblems(selector, context));
    for (const problem of problems) errors.add('consumerVersionSelectors', `${problem} (at index ${index})`);
    return selector;
  });
}

function readSelector(item: unknown, problems: string[]): ConsumerVersionSelector {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    problems.push('must be an object');
    return {};
  }
  const selector: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === null || value === undefined) continue;
    if (booleanKeys.includes(key as Key)) {
      if (typeof value !== 'boolean') problems.push(`${key} must be a boolean`);
      else if (value === false && key !== 'latest') problems.push(`${key} must be true if specified`);
      else selector[key] = value;
    } else if (stringKeys.includes(key as Key)) {
      if (typeof value !== 'string' || value.trim() === '')
        problems.push(`${key} must be a non-empty string`);
      else selector[key] = value;
    }
    // Keys this broker does not know are ignored, as Pact Broker ignores them (newer clients send more).
  }
  return selector;
}

/** Pact Broker's combination rules for one selector; pure, for the unit tests. */
export function selectorRuleProblems(selector: ConsumerVersionSelector, context: SelectorContext): string[] {
  const keys = (Object.keys(selector) as Key[]).filter((key) => selector[key] !== undefined);
  const has = (key: Key) => keys.includes(key);
  const problems: string[] = [];
  if (!keys.some((key) => choosingKeys.includes(key)) && selector.latest !== true)
    problems.push(
      'must specify a value for environment or tag or branch, or specify mainBranch=true, matchingBranch=true, ' +
        'latest=true, deployed=true, released=true or deployedOrReleased=true',
    );
  if (has('mainBranch') && keys.some((key) => !['mainBranch', 'consumer', 'latest'].includes(key)))
    problems.push('cannot specify mainBranch=true with any other criteria apart from consumer');
  if (has('matchingBranch')) {
    if (keys.some((key) => !['matchingBranch', 'consumer', 'latest'].includes(key)))
      problems.push('cannot specify matchingBranch=true with any other criteria apart from consumer');
    if (context.providerVersionBranch === undefined)
      problems.push(
        'the providerVersionBranch must be specified when the selector matchingBranch=true is used',
      );
  }
  if (has('tag') && has('branch')) problems.push('cannot specify both a tag and a branch');
  if (keys.some((key) => branchOrTagKeys.includes(key)) && keys.some((key) => environmentKeys.includes(key)))
    problems.push(
      'cannot specify a branch or tag with deployed, released, deployedOrReleased or environment',
    );
  if (has('fallbackTag') && !(has('tag') && selector.latest === true))
    problems.push('fallbackTag can only be set if tag is set and latest=true');
  if (has('fallbackBranch') && !has('branch'))
    problems.push('fallbackBranch can only be set if branch is set');
  if (selector.latest === false && (has('branch') || has('mainBranch')))
    problems.push('cannot specify latest=false with branch or mainBranch');
  if (['deployed', 'released', 'deployedOrReleased'].filter((key) => has(key as Key)).length > 1)
    problems.push('cannot specify more than one of deployed, released or deployedOrReleased');
  if (selector.environment !== undefined && !context.environments.has(selector.environment))
    problems.push(`no environment with name '${selector.environment}' exists`);
  return problems;
}
