import fc from 'fast-check';
import type { BrokerDeps } from '../../../deps.js';
import { recordDeployedVersion } from '../../environments/deployed-version-service.js';
import { createPactEnvironment } from '../../environments/environment-service.js';
import { findPact } from '../../pacts/find-pact.js';
import { publishContracts } from '../../publish/publish-contracts.js';
import { pactFiles } from '../../testing/pact-files.js';
import { publishVerificationResult } from '../../verification-results/verification-result-service.js';
import { ensureVersion } from '../../../versions/ensure-version.js';
import { putBranchVersion } from '../../versions/branch-service.js';

/** One step of a history, in the order it happens; names are plain (`web`), prefixed when written. */
export type Step =
  | { kind: 'version'; pacticipant: string; number: string; branch: string; tags: string[] }
  // An existing version put on one more branch (`PUT …/branches/{b}/versions/{v}`): it becomes that branch's head.
  | { kind: 'branch'; pacticipant: string; number: string; branch: string }
  | { kind: 'pacts'; consumer: string; version: string; pacts: Array<{ provider: string; content: string }> }
  | {
      kind: 'verify';
      provider: string;
      version: string;
      consumer: string;
      consumerVersion: string;
      success: boolean;
    }
  | { kind: 'deploy' | 'release'; pacticipant: string; version: string; environment: string };

export interface History {
  environments: string[];
  /** Which providers each pacticipant may have pacts with. */
  providersOf: Map<string, string[]>;
  steps: Step[];
}

const consumerNames = ['web', 'mobile', 'admin'];
const providerNames = ['orders', 'stock'];
const pick = <T>(items: T[], index: number): T => items[index % items.length]!;

/**
 * Random histories: 2–3 consumers and 1–2 providers (with two, `orders` also consumes `stock`), 1–3 versions
 * each on `main` or `feat/x` with `prod`/`stage` tags, 1–4 of them later put on the other branch too (so on
 * two branches, and that branch's head even when older), pacts whose content changes or stays the same between
 * versions, passing and failing verifications, deployments and releases in 1–2 environments.
 */
export const historyArbitrary: fc.Arbitrary<History> = fc
  .record({
    consumers: fc.integer({ min: 2, max: 3 }),
    providers: fc.integer({ min: 1, max: 2 }),
    environments: fc.integer({ min: 1, max: 2 }),
    versions: fc.array(
      fc.array(
        fc.record({ branch: fc.constantFrom('main', 'feat/x'), tags: fc.subarray(['prod', 'stage']) }),
        { minLength: 1, maxLength: 3 },
      ),
      { minLength: 5, maxLength: 5 },
    ),
    secondBranches: fc.array(fc.record({ pacticipant: fc.nat(), version: fc.nat() }), {
      minLength: 1,
      maxLength: 4,
    }),
    contents: fc.array(fc.constantFrom(null, 0, 1), { minLength: 30, maxLength: 30 }),
    verifications: fc.array(
      fc.record({
        provider: fc.nat(),
        version: fc.nat(),
        pact: fc.nat(),
        // Mostly passing, so that yes answers (the ones the property checks) are common.
        success: fc.constantFrom(true, true, true, false),
      }),
      { maxLength: 16 },
    ),
    deployments: fc.array(
      fc.record({ pacticipant: fc.nat(), version: fc.nat(), environment: fc.nat(), release: fc.boolean() }),
      { maxLength: 7 },
    ),
  })
  .map((raw) => {
    const consumers = consumerNames.slice(0, raw.consumers);
    const providers = providerNames.slice(0, raw.providers);
    const all = [...consumers, ...providers];
    const providersOf = new Map<string, string[]>(consumers.map((name) => [name, providers]));
    if (providers.length === 2) providersOf.set('orders', ['stock']);
    const environments = ['test', 'production'].slice(0, raw.environments);
    const steps: Step[] = [];
    const numbers = new Map<string, string[]>();
    all.forEach((name, index) => {
      const versions = raw.versions[index]!;
      numbers.set(
        name,
        versions.map((_, n) => `${name[0]}${n + 1}`),
      );
      versions.forEach((version, n) =>
        steps.push({ kind: 'version', pacticipant: name, number: `${name[0]}${n + 1}`, ...version }),
      );
    });
    for (const second of raw.secondBranches) {
      const pacticipant = pick(all, second.pacticipant);
      const index = second.version % raw.versions[all.indexOf(pacticipant)]!.length;
      const first = raw.versions[all.indexOf(pacticipant)]![index]!.branch;
      const branch = first === 'main' ? 'feat/x' : 'main';
      steps.push({ kind: 'branch', pacticipant, number: numbers.get(pacticipant)![index]!, branch });
    }
    const published: Array<{ consumer: string; version: string; provider: string }> = [];
    let slot = 0;
    for (const [consumer, targets] of providersOf)
      for (const version of numbers.get(consumer)!) {
        const pacts = targets.flatMap((provider) => {
          const variant = raw.contents[slot++ % raw.contents.length];
          return variant === null ? [] : [{ provider, content: `v${variant}` }];
        });
        if (pacts.length === 0) continue;
        steps.push({ kind: 'pacts', consumer, version, pacts });
        published.push(...pacts.map(({ provider }) => ({ consumer, version, provider })));
      }
    for (const verification of raw.verifications) {
      const pact = published.length === 0 ? undefined : pick(published, verification.pact);
      if (pact === undefined) break;
      const version = pick(numbers.get(pact.provider)!, verification.version);
      steps.push({
        kind: 'verify',
        provider: pact.provider,
        version,
        consumer: pact.consumer,
        consumerVersion: pact.version,
        success: verification.success,
      });
    }
    for (const deployment of raw.deployments) {
      const pacticipant = pick(all, deployment.pacticipant);
      steps.push({
        kind: deployment.release ? 'release' : 'deploy',
        pacticipant,
        version: pick(numbers.get(pacticipant)!, deployment.version),
        environment: pick(environments, deployment.environment),
      });
    }
    return { environments, providersOf, steps };
  });

/**
 * Writes the history into the store through the same service functions the Pact API's routes call, every
 * pacticipant and environment named `<prefix>-<name>` so runs sharing one store do not meet.
 */
export async function writeHistory(deps: BrokerDeps, history: History, prefix: string): Promise<void> {
  const { store } = deps;
  const named = (name: string) => `${prefix}-${name}`;
  for (const environment of history.environments)
    await createPactEnvironment(store, { name: named(environment) });
  for (const step of history.steps) {
    if (step.kind === 'version') {
      const { branch, tags, number } = step;
      await store.transaction(async (tx) =>
        ensureVersion(tx, await tx.services.ensure(named(step.pacticipant)), { number, branch, tags }),
      );
    } else if (step.kind === 'branch') {
      await putBranchVersion(store, {
        pacticipant: named(step.pacticipant),
        branch: step.branch,
        number: step.number,
      });
    } else if (step.kind === 'pacts') {
      await publishContracts(deps, {
        pacticipantName: named(step.consumer),
        pacticipantVersionNumber: step.version,
        contracts: step.pacts.map(({ provider, content }) => ({
          consumer: named(step.consumer),
          provider: named(provider),
          // The same content for the same pair and variant, so a later version can share its verifications.
          text: JSON.stringify(pactFiles.v3(named(step.consumer), named(provider), content)),
        })),
      });
    } else if (step.kind === 'verify') {
      const [provider, consumer] = [named(step.provider), named(step.consumer)];
      const pact = await findPact(store, provider, consumer, {
        kind: 'version',
        version: step.consumerVersion,
      });
      await publishVerificationResult(deps, {
        provider,
        consumer,
        sha: pact.contentSha,
        success: step.success,
        providerVersion: step.version,
      });
    } else {
      await recordDeployedVersion(store, {
        kind: step.kind === 'deploy' ? 'deployment' : 'release',
        environment: named(step.environment),
        pacticipant: named(step.pacticipant),
        version: step.version,
      });
    }
  }
}
