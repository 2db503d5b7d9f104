import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../contracts/index.js';
import type { Contract } from '../../contracts/model.js';
import { compare } from '../../compare/compare.js';
import { loadSpec } from '../../specs/load-spec.js';
import type { ProviderSpec } from '../../specs/model.js';
import { productConsumers, productSpec } from '../testing-products.js';
import type { ConsumerContract } from '../usage/model.js';
import { specImpact } from './spec-impact.js';
import { applyMutation, MUTATION_KINDS, type Mutation } from './testing-mutations.js';

/**
 * The oracle that keeps impact honest: a consumer is reported broken exactly when `compare(head, contract)`
 * fails where `compare(base, contract)` passed, over seeded mutations of real specs — the comparison
 * conformance fixtures (each interaction its own consumer, so most pass against the base) and the product
 * search example.
 *
 * Where impact and the oracle may differ, and which way: the consumer verdict never differs (it is the oracle's
 * own comparison). Blame can: a broken consumer no listed change concerns — the diff does not check what broke
 * it (`additionalProperties` inside an object parameter, `uniqueItems`, the keywords docs/spec-evolution.md lists
 * as "not yet") — is listed as `unexplained`, still broken, never called safe. The other way, `relates` leans
 * towards "concerns": a change may be shown as `used` by a consumer it cannot break (a request property removed
 * from an object the consumer sends other properties of); that only withholds "safe to ship", never grants it.
 */
const fixtures = path.resolve(import.meta.dirname, '../../../test-fixtures/openapi-pact-comparison');

interface Case {
  name: string;
  document: Record<string, unknown>;
  base: ProviderSpec;
  consumers: ConsumerContract[];
}

async function cases(): Promise<Case[]> {
  const out: Case[] = [];
  const dirs = ['oas', 'oas-allOf-with-references'].flatMap((d) =>
    d === 'oas' ? readdirSync(path.join(fixtures, d)).map((x) => path.join(d, x)) : [d],
  );
  for (const dir of dirs.sort()) {
    const specFile = path.join(fixtures, dir, 'oas.yaml');
    const pactFile = path.join(fixtures, dir, 'pact.json');
    if (!existsSync(specFile) || !existsSync(pactFile)) continue;
    const document = parse(readFileSync(specFile, 'utf8')) as Record<string, unknown>;
    const base = await loadSpec(structuredClone(document)).catch(() => undefined);
    let contract: Contract;
    try {
      contract = parseContract(JSON.parse(readFileSync(pactFile, 'utf8')));
    } catch {
      continue;
    }
    if (!base) continue;
    const consumers = contract.interactions
      .filter((i) => i.kind === 'http')
      .map((interaction, n) => ({
        consumer: `${dir}#${n}`,
        contract: { ...contract, interactions: [interaction] },
      }));
    out.push({ name: dir, document, base, consumers });
  }
  const document = productSpec();
  out.push({
    name: 'products',
    document,
    base: await loadSpec(structuredClone(document)),
    consumers: productConsumers(),
  });
  return out;
}

const mutation = fc.record({ kind: fc.constantFrom(...MUTATION_KINDS), pick: fc.nat({ max: 1_000 }) });
const RUNS_PER_SPEC = 50;

describe('impact against the comparison oracle', () => {
  it('reports a consumer broken exactly when compare(head) fails where compare(base) passed', async () => {
    const all = await cases();
    expect(all.length).toBeGreaterThan(20);
    const seen = { mutations: 0, heads: 0, broken: 0, explained: 0, unexplained: 0 };
    const unexplainedKinds = new Map<string, number>();
    for (const { name, document, base, consumers } of all) {
      const before = consumers.map((c) => compare(base, c.contract).compatible);
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 10 }),
          async (mutations: Mutation[]) => {
            const edited = structuredClone(document);
            const applied = mutations.filter((m) => applyMutation(edited, m));
            if (applied.length === 0) return;
            const head = await loadSpec(edited).catch(() => undefined);
            if (!head) return;
            seen.mutations += applied.length;
            seen.heads++;
            const impact = specImpact({ base, head, consumers });
            consumers.forEach((c, i) => {
              const after = compare(head, c.contract).compatible;
              const oracle = before[i]! && !after;
              const reported = impact.consumers[i]!;
              expect(reported.verdict === 'broken', `${name} ${c.consumer} ${JSON.stringify(applied)}`).toBe(
                oracle,
              );
              const blamed = impact.changes.some((ch) => ch.breaks.some((b) => b.consumer === c.consumer));
              const unexplained = impact.unexplained.some((b) => b.consumer === c.consumer);
              // Every broken consumer is either blamed on a change or listed as unexplained: never dropped.
              expect(oracle ? blamed !== unexplained : !blamed && !unexplained).toBe(true);
              if (!oracle) return;
              seen.broken++;
              if (blamed) seen.explained++;
              else {
                seen.unexplained++;
                for (const m of applied)
                  unexplainedKinds.set(m.kind, (unexplainedKinds.get(m.kind) ?? 0) + 1);
              }
            });
            // "Safe to ship" is said only when no consumer given is broken.
            expect(impact.broken).toBe(impact.consumers.some((c) => c.verdict === 'broken'));
            for (const ch of impact.changes) if (ch.verdict === 'unused') expect(ch.breaks).toEqual([]);
          },
        ),
        { numRuns: RUNS_PER_SPEC, seed: 14 },
      );
    }
    console.log(JSON.stringify({ ...seen, unexplainedKinds: Object.fromEntries(unexplainedKinds) }));
    expect(seen.mutations).toBeGreaterThan(3_000);
    expect(seen.broken).toBeGreaterThan(100);
  }, 120_000);
});
