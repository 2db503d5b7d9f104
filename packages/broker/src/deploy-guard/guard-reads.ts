import { comparisonRules } from '@signet/core';
import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import type { SpecKind } from '../store/records.js';

/** A verification as the deploy decision reads it. */
export interface GuardVerification {
  success: boolean;
  specSha: string | null;
}

/** A stored comparison under the build's rules (`summary` is core's summary). */
export interface GuardComparison {
  status: string;
  summary: unknown;
}

/** A provider version running in the environment, against one of the checked version's contracts. */
export interface RunningProviderVersion {
  versionId: number;
  number: string;
  /** Its newest spec verification. */
  spec: GuardVerification | null;
  /** Its newest Pact-verifier result of the contract's content. */
  pact: { success: boolean } | null;
  /** The contract against the spec of `spec`, when that verification succeeded and the pair was compared. */
  comparison: GuardComparison | null;
}

export interface OwnContractRow {
  provider: string;
  providerId: number;
  contentSha: string;
  /** Distinct, in the order they were deployed. */
  providerVersions: RunningProviderVersion[];
}

/** A contract naming the checked version's service, from a consumer version running in the environment. */
export interface ConsumerContractRow {
  consumer: string;
  consumerVersion: string;
  contentSha: string;
  /** The checked version's newest Pact-verifier result of this content. */
  pact: { success: boolean } | null;
  /** This content against the checked version's verified spec, when compared. */
  comparison: GuardComparison | null;
}

/** Everything one deploy decision reads; `version` is undefined when never published. */
export interface GuardReads {
  environment: { id: number } | undefined;
  version:
    | {
        id: number;
        serviceId: number;
        specDriven: boolean;
        namesProvider: boolean;
        spec: GuardVerification | null;
        own: OwnContractRow[];
        consumers: ConsumerContractRow[];
      }
    | undefined;
}

interface Row {
  environment_id: number | null;
  version_id: number | null;
  service_id: number | null;
  spec_driven: boolean;
  names_provider: boolean;
  spec: GuardVerification | null;
  own: OwnContractRow[] | null;
  consumers: ConsumerContractRow[] | null;
}

/**
 * The deploy guard's reads in one statement (they were 10 and more, each a round trip, and the environment's
 * current deployments were read for all services with their version numbers): the environment, the version,
 * its contracts with the providers' versions running there and their evidence, and the contracts of the
 * consumer versions running there that name it, with the evidence the version holds for them. The statement is
 * the function `guard_read` (migration 0017), so its plan is cached per session instead of made per request.
 */
export function guardReadStore(db: Db) {
  return {
    async read(service: string, version: string, environment: string): Promise<GuardReads> {
      const { rows } = await sql<Row>`select * from guard_read(${environment}, ${service}, ${version},
        ${comparisonRules})`.execute(db);
      const row = rows[0]!;
      return {
        environment: row.environment_id === null ? undefined : { id: row.environment_id },
        version:
          row.version_id === null || row.service_id === null
            ? undefined
            : {
                id: row.version_id,
                serviceId: row.service_id,
                specDriven: row.spec_driven,
                namesProvider: row.names_provider,
                spec: row.spec,
                own: row.own ?? [],
                consumers: row.consumers ?? [],
              },
      };
    },

    /**
     * For each failing reason (provider, contract content, the incompatible spec's key): the spec to diff (the
     * reason's spec, or the OpenAPI half of its set, among the provider's newest `searched`) and the newest earlier
     * one of the same kind the content was compared compatible with (under the build's rules); undefined when
     * either is not found. One statement for every failing reason of an answer: the function
     * `guard_spec_change_bases` (migration 0021; it replaced 0020's `guard_earlier_specs`, whose newest specs the
     * broker searched itself).
     */
    async earlierSpecs(
      items: Array<{ provider: string; contractSha: string; specSha: string }>,
      searched: number,
    ): Promise<Array<SpecChangeBase | undefined>> {
      if (items.length === 0) return [];
      const { rows } = await sql<{ i: number; base_sha: string; head_sha: string; kind: SpecKind }>`
        select * from guard_spec_change_bases(${items.map((item) => item.provider)}::text[],
          ${items.map((item) => item.contractSha)}::text[], ${items.map((item) => item.specSha)}::text[],
          ${searched}::integer, ${comparisonRules})`.execute(db);
      const byIndex = new Map(rows.map((row) => [row.i, row]));
      return items.map((_, i) => {
        const row = byIndex.get(i);
        return row === undefined ? undefined : { base: row.base_sha, head: row.head_sha, kind: row.kind };
      });
    },
  };
}

/** The incompatible spec's content to diff (`head`, of `kind`) and the earlier one the contract passed (`base`). */
export interface SpecChangeBase {
  base: string;
  head: string;
  kind: SpecKind;
}

export type GuardReadStore = ReturnType<typeof guardReadStore>;
