import { compare } from '../../compare/compare.js';
import type { CompareOptions } from '../../compare/check-context.js';
import type { Finding } from '../../compare/model.js';
import type { ProviderSpec } from '../../specs/model.js';
import { diffSpecs } from '../diff-specs.js';
import type { SpecChange, SpecDiff } from '../model.js';
import { footprints } from '../usage/footprints.js';
import type { ConsumerContract } from '../usage/model.js';
import {
  MAX_FINDINGS,
  type ChangeImpact,
  type ChangeVerdict,
  type ConsumerImpact,
  type ConsumerRef,
  type SpecImpact,
} from './model.js';
import { relates } from './relates.js';

export interface ImpactInput {
  base: ProviderSpec;
  head: ProviderSpec;
  /** The consumer contracts that count (the caller picks them: deployed in an environment, on a main branch…). */
  consumers: readonly ConsumerContract[];
  /** `diffSpecs(base, head)` when the caller has it already. */
  diff?: SpecDiff;
  options?: CompareOptions;
}

/**
 * Changes × usage: each change of `diffSpecs(base, head)` with the consumers it breaks. Whether a consumer is
 * broken is decided by the comparison itself — its contract passes against `base` and fails against `head` —
 * so this never calls a change safe that `compare` says breaks someone; which changes broke it is found by
 * usage (what its failing interactions rely on, on either spec). A breaking change nobody relies on is
 * `unused`: breaking in theory, safe to ship for these consumers.
 *
 * @example
 * const impact = specImpact({ base, head, consumers: [{ consumer: 'web', version: '1.2.0', contract }] });
 * impact.changes.filter((c) => c.verdict === 'breaks').map((c) => [c.change.message, c.breaks]);
 */
export function specImpact(input: ImpactInput): SpecImpact {
  const { base, head, consumers, options } = input;
  const diff = input.diff ?? diffSpecs(base, head);
  const changes: ChangeImpact[] = diff.changes.map((change) => ({
    change,
    verdict: 'safe',
    breaks: [],
    usedBy: [],
    message: '',
  }));
  const consumerImpacts: ConsumerImpact[] = [];
  const unexplained: ConsumerRef[] = [];
  for (const entry of consumers) {
    const ref = consumerRef(entry);
    const before = compare(base, entry.contract, options);
    const after = compare(head, entry.contract, options);
    const uses = [
      ...footprints(base, [entry]).footprints.map((f) => ({ f, side: 'base' as const })),
      ...footprints(head, [entry]).footprints.map((f) => ({ f, side: 'head' as const })),
    ];
    const related = (change: SpecChange, within: typeof uses) =>
      within.filter(({ f, side }) => relates(change, f, side));
    changes.forEach((impact) => {
      const seen = new Set(impact.usedBy.map(refKey));
      for (const { f } of related(impact.change, uses))
        if (!seen.has(refKey(f.ref))) {
          seen.add(refKey(f.ref));
          impact.usedBy.push(f.ref);
        }
    });
    const errors = after.findings.filter((f) => f.type === 'error');
    const verdict = after.compatible ? 'compatible' : before.compatible ? 'broken' : 'already-incompatible';
    const breaking: number[] = [];
    if (verdict === 'broken') {
      // The interactions that fail against the head; when none of their footprints explains it, any interaction's.
      const failing = failingInteractions(entry, errors);
      const failingUses = uses.filter(({ f }) => failing.has(f.ref.index));
      for (const within of [failingUses, uses]) {
        changes.forEach((impact, i) => {
          if (related(impact.change, within).length > 0) breaking.push(i);
        });
        if (breaking.length > 0) break;
      }
      for (const i of breaking) changes[i]!.breaks.push(ref);
      if (breaking.length === 0) unexplained.push(ref);
    }
    consumerImpacts.push({ ...ref, verdict, changes: breaking, findings: errors.slice(0, MAX_FINDINGS) });
  }
  for (const impact of changes) decide(impact);
  const counts = { breaks: 0, used: 0, unused: 0, safe: 0, brokenConsumers: 0 };
  for (const impact of changes) counts[impact.verdict]++;
  counts.brokenConsumers = consumerImpacts.filter((c) => c.verdict === 'broken').length;
  return { changes, consumers: consumerImpacts, unexplained, counts, broken: counts.brokenConsumers > 0 };
}

function decide(impact: ChangeImpact): void {
  const { change } = impact;
  let verdict: ChangeVerdict;
  if (impact.breaks.length > 0) verdict = 'breaks';
  else if (change.severity === 'safe') verdict = 'safe';
  else verdict = impact.usedBy.length > 0 ? 'used' : 'unused';
  impact.verdict = verdict;
  impact.message = {
    breaks: `breaks ${impact.breaks.map(describe).join(', ')}`,
    used: `${change.severity} in theory; the consumers that rely on it still pass against the new spec`,
    unused: `${change.severity} in theory, but no consumer checked relies on it: safe to ship`,
    safe: 'safe',
  }[verdict];
}

/** `web@1.2.0 (production, staging)` */
export function describe(ref: ConsumerRef): string {
  const where = [
    ...(ref.environments ?? []),
    ...(ref.mainBranch && ref.branches?.length ? [`main branch ${ref.branches[0]}`] : []),
  ];
  return `${ref.consumer}${ref.version ? `@${ref.version}` : ''}${where.length ? ` (${where.join(', ')})` : ''}`;
}

function consumerRef(entry: ConsumerContract): ConsumerRef {
  return {
    consumer: entry.consumer,
    ...(entry.version === undefined ? {} : { version: entry.version }),
    ...(entry.environments ? { environments: entry.environments } : {}),
    ...(entry.branches ? { branches: entry.branches } : {}),
    ...(entry.mainBranch === undefined ? {} : { mainBranch: entry.mainBranch }),
  };
}

const refKey = (ref: { consumer: string; version?: string; index: number }) =>
  `${ref.consumer}\u0000${ref.version ?? ''}\u0000${ref.index}`;

/** The indexes of the interactions the findings are about (by each interaction's location prefix). */
function failingInteractions(entry: ConsumerContract, errors: readonly Finding[]): Set<number> {
  const failing = new Set<number>();
  for (const interaction of entry.contract.interactions) {
    const at = interaction.location;
    const about = (l: string) => l === at || l.startsWith(`${at}.`);
    if (errors.some((f) => about(f.mockDetails.location))) failing.add(interaction.index);
  }
  return failing;
}
