import { comparisonRules } from '@signet/core';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../store/db.js';
import type { Comparison, ComparisonStatus } from '../store/records.js';

export interface NewComparison {
  contractSha: string;
  specSha: string;
  status: ComparisonStatus;
  summary: object;
  findings: unknown[];
  error?: string;
}

/** Comparisons keyed by (contract content, spec content): computed once however many versions share the pair. */
export function comparisonStore(db: Db) {
  const columns = [
    'contract_sha as contractSha',
    'spec_sha as specSha',
    'status',
    'summary',
    'findings',
    'error',
    'created_at as createdAt',
  ] as const;

  return {
    /**
     * What a requested comparison would be between: the provider whose spec has the key (`specSha`: a spec's, or a
     * version's spec set's), whether any contract has the content, and whether one with it names that provider.
     */
    async pairParties(
      contractSha: string,
      specSha: string,
    ): Promise<{ providerId: number | null; contractKnown: boolean; contractNamesProvider: boolean }> {
      const { rows } = await sql<{
        providerId: number | null;
        contractKnown: boolean;
        contractNamesProvider: boolean;
      }>`
        select s.service_id as "providerId",
          exists (select 1 from contracts c where c.content_sha = ${contractSha}) as "contractKnown",
          exists (select 1 from contracts c where c.content_sha = ${contractSha} and c.provider_id = s.service_id)
            as "contractNamesProvider"
        from (select 1) one
        left join lateral (select service_id from specs where set_sha = ${specSha} limit 1) s on true`.execute(
        db,
      );
      return rows[0]!;
    },

    async find(contractSha: string, specSha: string): Promise<Comparison | undefined> {
      return db
        .selectFrom('comparisons')
        .select(columns)
        .where('contract_sha', '=', contractSha)
        .where('spec_sha', '=', specSha)
        .where('rules', '=', comparisonRules)
        .executeTakeFirst();
    },

    /** The stored comparisons among the given (contract, spec) pairs, keyed `contractSha:specSha`. */
    async findMany(pairs: Array<{ contractSha: string; specSha: string }>): Promise<Map<string, Comparison>> {
      if (pairs.length === 0) return new Map();
      const rows = await db
        .selectFrom('comparisons')
        .select(columns)
        .where('rules', '=', comparisonRules)
        .where((eb) =>
          eb.or(
            pairs.map((pair) =>
              eb.and([eb('contract_sha', '=', pair.contractSha), eb('spec_sha', '=', pair.specSha)]),
            ),
          ),
        )
        .execute();
      return new Map(rows.map((row) => [`${row.contractSha}:${row.specSha}`, row]));
    },

    /**
     * Stores the result unless the pair was already compared with these rules (first writer wins; results are
     * deterministic); a row computed with other rules is replaced. Returns the row stored, or undefined when
     * the pair was already there.
     */
    async insert(comparison: NewComparison): Promise<Comparison | undefined> {
      return db
        .insertInto('comparisons')
        .values({
          contract_sha: comparison.contractSha,
          spec_sha: comparison.specSha,
          status: comparison.status,
          summary: JSON.stringify(comparison.summary),
          findings: JSON.stringify(comparison.findings),
          error: comparison.error ?? null,
          rules: comparisonRules,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['contract_sha', 'spec_sha'])
            .doUpdateSet((eb) => ({
              status: eb.ref('excluded.status'),
              summary: eb.ref('excluded.summary'),
              findings: eb.ref('excluded.findings'),
              error: eb.ref('excluded.error'),
              rules: eb.ref('excluded.rules'),
              created_at: sql`now()`,
            }))
            .where('comparisons.rules', '<>', comparisonRules),
        )
        .returning(columns)
        .executeTakeFirst();
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('comparisons')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * Spec contents a new contract for this provider must be compared with: its latest spec, and the specs its
     * currently deployed or released versions were verified against (as comparisons key them: a version's spec
     * set when it holds an OpenAPI and an AsyncAPI spec).
     */
    async specShasThatMatter(providerId: number): Promise<string[]> {
      const { rows } = await specShasThatMatterSql(sql.val(providerId)).execute(db);
      return rows.map((row) => row.sha).sort();
    },

    /**
     * The spec contents that matter for a contract with the named provider (as `specShasThatMatter`), each with
     * the contract's stored comparison with it if there is one: what a publication must compare before it writes,
     * in one statement. None when the provider is not stored yet.
     */
    async specsThatMatterFor(
      providerName: string,
      contractSha: string,
    ): Promise<{ providerId: number | undefined; specs: Array<{ specSha: string; stored?: Comparison }> }> {
      const provider = sql`(select id from services where name = ${providerName})`;
      // One row when no spec matters (the provider alone, maybe null), else one per spec with its comparison.
      const { rows } = await sql<MatteringSpecRow>`
        select p.id as "providerId", shas.sha as "matteringSha", c.status, c.summary, c.findings, c.error,
          c.created_at as "createdAt"
        from (select ${provider} as id) p
        left join (${specShasThatMatterSql(provider)}) shas on true
        left join comparisons c on c.contract_sha = ${contractSha} and c.spec_sha = shas.sha
          and c.rules = ${comparisonRules}`.execute(db);
      const specs: Array<{ specSha: string; stored?: Comparison }> = [];
      for (const row of rows) {
        const specSha = row.matteringSha;
        if (specSha === null) continue;
        if (row.status === null) specs.push({ specSha });
        else {
          const { status, summary, findings, error, createdAt } = row;
          specs.push({
            specSha,
            stored: { contractSha, specSha, status, summary, findings, error, createdAt },
          });
        }
      }
      specs.sort((a, b) => (a.specSha < b.specSha ? -1 : a.specSha > b.specSha ? 1 : 0));
      return { providerId: rows[0]?.providerId ?? undefined, specs };
    },

    /**
     * Contract contents a new spec of this provider must be compared with: the latest contract on each consumer
     * branch (a version may be on several), and the contracts of consumer versions currently deployed or released.
     */
    async contractShasThatMatter(providerId: number): Promise<string[]> {
      const { rows } = await sql<{ sha: string }>`
        select distinct c.content_sha as sha from contracts c
        where c.provider_id = ${providerId} and (
          c.id in (select max(c2.id) from contracts c2 join versions v2 on v2.id = c2.consumer_version_id
                   left join version_branches b2 on b2.version_id = v2.id
                   where c2.provider_id = ${providerId} group by v2.service_id, b2.name)
          or exists (select 1 from deployed_versions d where d.version_id = c.consumer_version_id and d.ended_at is null))`.execute(
        db,
      );
      return rows.map((row) => row.sha).sort();
    },
  };
}

export type ComparisonStore = ReturnType<typeof comparisonStore>;

/** A spec that matters (null: none does) with the contract's comparison with it, if stored (null columns if not). */
type MatteringSpecRow = { providerId: number | null; matteringSha: string | null } & (
  | Omit<Comparison, 'contractSha' | 'specSha'>
  | { status: null; summary: null; findings: null; error: null; createdAt: null }
);

/**
 * The provider's latest spec, and the specs its currently deployed or released versions were verified against
 * (as comparisons key them: a version's spec set when it holds an OpenAPI and an AsyncAPI spec; the key stored on
 * the verification row by migration 0016's triggers, verified-spec-key.ts's rule).
 */
function specShasThatMatterSql(providerId: RawBuilder<unknown>): RawBuilder<{ sha: string }> {
  return sql`(select set_sha as sha from specs where service_id = ${providerId} order by id desc limit 1)
    union
    select ver.spec_key as sha from verifications ver
      join deployed_versions d on d.version_id = ver.provider_version_id and d.ended_at is null
      where d.service_id = ${providerId} and ver.kind = 'spec' and ver.success`;
}
