import { comparisonRules } from '@signet/core';
import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import type { ComparisonStatus } from '../store/records.js';
import { environmentLensRows } from './lens-environment.js';
import { mainLensRows } from './lens-main.js';
import type { LensRow } from './lens-rows.js';
import { serviceActivity, type ServiceActivity } from './service-activity.js';

/** An integration (consumer → provider) with its newest contract, the provider's newest spec, and their comparison. */
export interface IntegrationRow {
  consumer: string;
  provider: string;
  contractSha: string;
  specSha: string | null;
  /** Null while the pair has not been compared (or the provider has no spec). */
  status: ComparisonStatus | null;
  /** The newest Pact-verifier result of the newest contract's content by any provider version; null: none. */
  pactSuccess: boolean | null;
}

/**
 * Integrations are derived from contracts: a pair exists once any consumer version has a contract naming the
 * provider (the `integrations` table, kept by `contracts.insert`).
 */
export function integrationStore(db: Db) {
  return {
    /** Every integration, in (consumer, provider) name order. */
    async latest(): Promise<IntegrationRow[]> {
      const { rows } = await sql<IntegrationRow>`
        select cs.name as consumer, ps.name as provider, c.content_sha as "contractSha",
               spec.set_sha as "specSha", cmp.status, pf.success as "pactSuccess"
        from integrations n
        join contracts c on c.id = n.latest_contract_id
        join services cs on cs.id = n.consumer_id
        join services ps on ps.id = n.provider_id
        left join lateral (select s.set_sha from specs s where s.service_id = n.provider_id order by s.id desc limit 1) spec on true
        left join lateral (select x.success from verifications x join versions pv on pv.id = x.provider_version_id
          where x.kind = 'pact' and x.contract_sha = c.content_sha and pv.service_id = n.provider_id
          order by x.id desc limit 1) pf on true
        left join comparisons cmp on cmp.contract_sha = c.content_sha and cmp.spec_sha = spec.set_sha and cmp.rules = ${comparisonRules}
        order by cs.name, ps.name`.execute(db);
      return rows;
    },
    /** Each integration's newest main-branch contract against the provider's newest main-branch spec. */
    onMain: (): Promise<LensRow[]> => mainLensRows(db, false),
    /** Integrations whose newest contract is from another branch than the consumer's main one. */
    onFeatureBranches: (): Promise<LensRow[]> => mainLensRows(db, true),
    /** Every service with when it last published and was last verified. */
    activity: (): Promise<ServiceActivity[]> => serviceActivity(db),
    /**
     * The database's current snapshot as text (next transaction id, those in progress): unchanged exactly while
     * no transaction has committed or started writing, which is what `graph-cache.ts` keys on.
     */
    async snapshot(): Promise<string> {
      const { rows } = await sql<{
        snapshot: string;
      }>`select pg_current_snapshot()::text as snapshot`.execute(db);
      return rows[0]!.snapshot;
    },
    /** Every consumer × provider version pair running in the environment, per integration. */
    inEnvironment: (environmentId: number): Promise<LensRow[]> => environmentLensRows(db, environmentId),
  };
}

export type IntegrationStore = ReturnType<typeof integrationStore>;
