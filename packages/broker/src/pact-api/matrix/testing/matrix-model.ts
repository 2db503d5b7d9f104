import fc from 'fast-check';
import type { History } from './matrix-history.js';

/** How a `q[]` selector picks the versions of a specified pacticipant (the CLI options in brackets). */
export type SelectorForm =
  | 'version' // --version V
  | 'missing-version' // --version of a version nobody published
  | 'latest' // --latest
  | 'latest-tag' // --latest TAG
  | 'branch' // --branch B: every version on it
  | 'branch-latest' // --branch B --latest: its head
  | 'main-branch' // --main-branch: every version on the main branch
  | 'all'; // can-i-merge without --version: every version

/** Where the others come from: --to-environment, --to TAG, can-i-merge, no --to (latest), raw query (none). */
export type Target = 'environment' | 'tag' | 'main-branch' | 'latest' | 'none';

export interface ModelQuery {
  selectors: Array<{ pacticipant: number; form: SelectorForm; version: number; tag: string; branch: string }>;
  target: Target;
  environment: number;
  tag: string;
}

export const queryArbitrary: fc.Arbitrary<ModelQuery> = fc.record({
  selectors: fc.array(
    fc.record({
      pacticipant: fc.nat(),
      form: fc.constantFrom<SelectorForm>(
        'version',
        'version',
        'missing-version',
        'latest',
        'latest-tag',
        'branch',
        'branch-latest',
        'main-branch',
        'all',
      ),
      version: fc.nat(),
      tag: fc.constantFrom('prod', 'stage'),
      branch: fc.constantFrom('main', 'feat/x'),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  target: fc.constantFrom<Target>('environment', 'tag', 'main-branch', 'latest', 'none'),
  environment: fc.nat(),
  tag: fc.constantFrom('prod', 'stage'),
});

interface ModelVersion {
  number: string;
  branches: Set<string>;
  tags: string[];
}

/**
 * The Pact Broker's rule, written apart from the code under test and from the store: the specified versions
 * (by the selector's form), the others picked by the target (deployed or released there / latest with the
 * tag / latest of the main branch / latest). A version may be on several branches; a branch's latest is its
 * head, the version put on it last (Pact Broker's branch_heads), not the newest version on it. and every pair between them — each pact of a specified consumer
 * version with each picked provider version (none picked: not verified), each pact of a picked consumer
 * version with a specified provider version — verified successfully, by its latest result, for exactly
 * that content by exactly that provider version. Returns why not, or undefined when every pair is.
 */
export function unverifiedPair(history: History, query: ResolvedQuery): string | undefined {
  const versions = new Map<string, ModelVersion[]>();
  const pacts = new Map<string, string>(); // `${consumer} ${version} ${provider}` → content
  const results = new Map<string, boolean>(); // `${provider} ${version} ${consumer} ${content}` → latest success
  const current = new Map<string, Set<string>>(); // `${environment} ${pacticipant}` → versions
  const deployed = new Map<string, string>();
  const heads = new Map<string, string>(); // `${pacticipant} ${branch}` → the version put on it last
  const putOnBranch = (pacticipant: string, number: string, branch: string) => {
    const version = versions.get(pacticipant)?.find((v) => v.number === number);
    if (version === undefined || version.branches.has(branch)) return;
    version.branches.add(branch);
    heads.set(`${pacticipant} ${branch}`, number);
  };
  for (const step of history.steps) {
    if (step.kind === 'version') {
      const version = { number: step.number, branches: new Set<string>(), tags: step.tags };
      versions.set(step.pacticipant, [...(versions.get(step.pacticipant) ?? []), version]);
      putOnBranch(step.pacticipant, step.number, step.branch);
    }
    if (step.kind === 'branch') putOnBranch(step.pacticipant, step.number, step.branch);
    if (step.kind === 'pacts')
      for (const pact of step.pacts)
        pacts.set(`${step.consumer} ${step.version} ${pact.provider}`, pact.content);
    if (step.kind === 'verify') {
      const content = pacts.get(`${step.consumer} ${step.consumerVersion} ${step.provider}`);
      results.set(`${step.provider} ${step.version} ${step.consumer} ${content}`, step.success);
    }
    const key =
      step.kind === 'deploy' || step.kind === 'release' ? `${step.environment} ${step.pacticipant}` : '';
    if (step.kind === 'deploy') deployed.set(key, step.version);
    if (step.kind === 'release') current.set(key, new Set([...(current.get(key) ?? []), step.version]));
  }
  const inEnvironment = (key: string) => [
    ...new Set([...(deployed.has(key) ? [deployed.get(key)!] : []), ...(current.get(key) ?? [])]),
  ];
  const of = (name: string) => versions.get(name) ?? [];
  const main = (name: string) => (of(name).some((v) => v.branches.has('main')) ? 'main' : undefined);
  const on = (list: ModelVersion[], branch: string | undefined) =>
    list.filter((v) => branch !== undefined && v.branches.has(branch));
  const head = (name: string, branch: string | undefined) => {
    const number = heads.get(`${name} ${branch}`);
    return branch === undefined || number === undefined ? [] : [number];
  };
  const last = (list: ModelVersion[]) => list.slice(-1).map((v) => v.number);
  const numbers = (list: ModelVersion[]) => list.map((v) => v.number);
  const specified = new Map<string, string[]>();
  for (const selector of query.selectors) {
    const all = of(selector.pacticipant);
    const picked = {
      version: numbers(all.filter((v) => v.number === selector.version)),
      'missing-version': [],
      latest: last(all),
      'latest-tag': last(all.filter((v) => v.tags.includes(selector.tag))),
      branch: numbers(on(all, selector.branch)),
      'branch-latest': head(selector.pacticipant, selector.branch),
      'main-branch': numbers(on(all, main(selector.pacticipant))),
      all: numbers(all),
    }[selector.form];
    if (picked.length === 0) return `${selector.pacticipant} (${selector.form}) has no version`;
    specified.set(selector.pacticipant, picked);
  }
  const others = (name: string): string[] | undefined => {
    const all = of(name);
    if (specified.has(name)) return specified.get(name);
    if (query.target === 'environment') return inEnvironment(`${query.environment} ${name}`);
    if (query.target === 'tag') return last(all.filter((v) => v.tags.includes(query.tag)));
    if (query.target === 'main-branch') return head(name, main(name));
    if (query.target === 'latest') return last(all);
    return undefined;
  };
  const verified = (consumer: string, version: string, provider: string, providerVersion: string) =>
    results.get(
      `${provider} ${providerVersion} ${consumer} ${pacts.get(`${consumer} ${version} ${provider}`)}`,
    ) === true;
  for (const [name, picked] of specified)
    for (const version of picked) {
      for (const provider of history.providersOf.get(name) ?? []) {
        if (!pacts.has(`${name} ${version} ${provider}`)) continue;
        const providerVersions = others(provider);
        if (providerVersions?.length === 0) return `no version of ${provider} for ${name} ${version}`;
        for (const providerVersion of providerVersions ?? [])
          if (!verified(name, version, provider, providerVersion))
            return `${name} ${version} → ${provider} ${providerVersion} is not verified`;
      }
      for (const [consumer, providers] of history.providersOf) {
        if (!providers.includes(name)) continue;
        for (const consumerVersion of others(consumer) ?? [])
          if (
            pacts.has(`${consumer} ${consumerVersion} ${name}`) &&
            !verified(consumer, consumerVersion, name, version)
          )
            return `${consumer} ${consumerVersion} → ${name} ${version} is not verified`;
      }
    }
  return undefined;
}

/** The query with names: pacticipants and versions picked from the history, distinct pacticipants. */
export interface ResolvedQuery {
  selectors: Array<{ pacticipant: string; form: SelectorForm; version: string; tag: string; branch: string }>;
  target: Target;
  environment: string;
  tag: string;
}

export function resolveQuery(history: History, query: ModelQuery): ResolvedQuery {
  const names = [
    ...new Set(history.steps.flatMap((step) => (step.kind === 'version' ? [step.pacticipant] : []))),
  ];
  const seen = new Set<string>();
  const selectors = query.selectors.flatMap((selector) => {
    const pacticipant = names[selector.pacticipant % names.length]!;
    if (seen.has(pacticipant)) return [];
    seen.add(pacticipant);
    const numbers = history.steps.flatMap((step) =>
      step.kind === 'version' && step.pacticipant === pacticipant ? [step.number] : [],
    );
    const version = selector.form === 'missing-version' ? 'x9' : numbers[selector.version % numbers.length]!;
    return [{ ...selector, pacticipant, version }];
  });
  const environment = history.environments[query.environment % history.environments.length]!;
  return { selectors, target: query.target, environment, tag: query.tag };
}

/** The query string the Pact CLI sends for it (`pact broker can-i-deploy` / `can-i-merge`), names prefixed. */
export function cliQueryString(query: ResolvedQuery, prefix: string): string {
  const params = new URLSearchParams();
  for (const selector of query.selectors) {
    params.append('q[][pacticipant]', `${prefix}-${selector.pacticipant}`);
    const { form } = selector;
    if (form === 'version' || form === 'missing-version') params.append('q[][version]', selector.version);
    if (form === 'latest' || form === 'latest-tag' || form === 'branch-latest')
      params.append('q[][latest]', 'true');
    if (form === 'latest-tag') params.append('q[][tag]', selector.tag);
    if (form === 'branch' || form === 'branch-latest') params.append('q[][branch]', selector.branch);
    if (form === 'main-branch') params.append('q[][mainBranch]', 'true');
  }
  if (query.target === 'environment') {
    params.append('latestby', 'cvpv');
    params.append('environment', `${prefix}-${query.environment}`);
  } else if (query.target === 'none') params.append('latestby', 'cvpv');
  else {
    if (query.target === 'tag') params.append('tag', query.tag);
    params.append('latestby', 'cvp');
    params.append('latest', 'true');
    if (query.target === 'main-branch') params.append('mainBranch', 'true');
  }
  return params.toString();
}
