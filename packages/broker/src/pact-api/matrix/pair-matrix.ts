import type { BrokerDeps } from '../../deps.js';
import type { Environment, Store, Version } from '../../store/index.js';
import { PactValidationError } from '../errors/pact-validation-error.js';
import { everyRowMatrix } from './every-row-matrix.js';
import { ignoreNotices } from './ignore-notices.js';
import { isIgnored } from './ignored.js';
import { matrixAnswer, type CountedRow, type Notice } from './matrix-answer-shape.js';
import type { MatrixQuery } from './matrix-query.js';
import { statusEffects, pactRow } from './pact-rows.js';
import { requiredPairs, type PickOthers, type RequiredPair } from './required-pairs.js';
import { describeSelector, selectedVersions, versionsInEnvironment } from './selected-versions.js';
import { selectorNotices } from './selector-notices.js';

/**
 * The matrix for the specified versions against the others the query picks, as the Pact Broker answers
 * can-i-deploy and can-i-merge: with an environment, the versions deployed or released there; with
 * `latest` and a tag, the latest with it; with `mainBranch`, the latest of each one's main branch; with
 * `latest` alone, the latest version; with none of these, only the other specified pacticipants. Each pair
 * {@link requiredPairs} finds counts by its row for exactly that provider version (no row: unknown), so a
 * verification by some other provider build is never a yes.
 */
export async function pairMatrix(deps: BrokerDeps, query: MatrixQuery) {
  const { store } = deps;
  const environment =
    query.environment === undefined ? undefined : await environmentNamed(store, query.environment);
  const specified = new Map<string, Version[]>();
  const missing: string[] = [];
  for (const selector of query.selectors) {
    const versions = await selectedVersions(store, selector);
    if (versions.length === 0) missing.push(`No version of ${describeSelector(selector)} exists`);
    specified.set(selector.pacticipant, [...(specified.get(selector.pacticipant) ?? []), ...versions]);
  }
  const [only] = query.selectors;
  if (environment === undefined && query.others === undefined && query.selectors.length === 1 && only)
    return everyRowMatrix(
      deps,
      only.pacticipant,
      specified.get(only.pacticipant) ?? [],
      query.ignore,
      missing,
    );
  const notices: Notice[] = [...(await ignoreNotices(store, query.ignore)), ...selectorNotices(query)];
  const pick = pickOthers(store, query, environment);
  const pairs = await requiredPairs(store, specified, async (name) => {
    const versions = await pick(name);
    if (versions?.length === 0)
      notices.push({ type: 'warning', text: `No version of ${name} is ${describeOthers(query)}` });
    return versions;
  });
  const counted: CountedRow[] = [];
  for (const pair of pairs) {
    const status = await pairStatus(store, pair);
    counted.push({
      row: pactRow(pair.consumer, pair.provider, status),
      effect: statusEffects[status],
      ignored:
        isIgnored(query.ignore, pair.consumer.name, pair.consumer.version) ||
        isIgnored(query.ignore, pair.provider.name, pair.provider.version),
    });
  }
  return matrixAnswer(counted, { missing, notices });
}

/** An environment the query names; one that does not exist is a 400 in the Pact Broker's `{errors}` shape. */
async function environmentNamed(store: Store, name: string): Promise<Environment> {
  const environment = await store.environments.find(name);
  if (environment === undefined)
    throw new PactValidationError({ environment: [`Environment with name '${name}' does not exist`] });
  return environment;
}

/** How the query picks the versions of pacticipants it does not specify (undefined: it brings none in). */
function pickOthers(store: Store, query: MatrixQuery, environment: Environment | undefined): PickOthers {
  if (environment !== undefined) return (name) => versionsInEnvironment(store, name, environment);
  const others = query.others;
  if (others === undefined) return () => Promise.resolve(undefined);
  return (name) => selectedVersions(store, { pacticipant: name, ...others });
}

function describeOthers(query: MatrixQuery): string {
  if (query.environment !== undefined) return `currently deployed or released in ${query.environment}`;
  const { tag, mainBranch, latest } = query.others ?? {};
  const which = latest ? 'the latest' : 'any';
  if (tag !== undefined) return `tagged ${tag} (${which} with the tag counts)`;
  if (mainBranch) return `on its main branch (${which} of it counts)`;
  return 'there at all (its latest version counts)';
}

/** The pair's status from its matrix row for exactly that provider version; no row (or no version): unknown. */
async function pairStatus(store: Store, pair: RequiredPair) {
  if (pair.provider.version === null) return 'unknown';
  const page = await store.matrix.list(
    {
      consumer: pair.consumer.name,
      consumerVersion: pair.consumer.version,
      provider: pair.provider.name,
      providerVersion: pair.provider.version,
    },
    { limit: 1 },
  );
  return page.items[0]?.status ?? 'unknown';
}
