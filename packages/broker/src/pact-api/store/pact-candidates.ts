import { sql } from 'kysely';
import type { Db } from '../../store/db.js';
import { textArrayLiteral } from './text-array.js';

/** Where a consumer version currently runs. */
export interface CandidateDeployment {
  environment: string;
  kind: 'deployment' | 'release';
}

/** One stored pact naming the provider, with what consumer version selectors read of its consumer version. */
export interface PactCandidate {
  contractId: number;
  consumer: string;
  consumerMainBranch: string | null;
  /** Grows with publication order: "latest" means the largest. */
  consumerVersionId: number;
  consumerVersion: string;
  /** Every branch the version is on. */
  branches: string[];
  tags: string[];
  /** The branches of which this version is the head, the version put on them last (whether or not it has a pact). */
  headBranches: string[];
  /** The tags of which this version is the newest version of its consumer carrying them. */
  headTags: string[];
  contentSha: string;
  createdAt: Date;
  deployments: CandidateDeployment[];
}

/**
 * A subset of a provider's pacts that holds every candidate some selectors can choose: the heads of the
 * consumers' main branches (`mainBranch`) and of the named branches, the versions carrying one of the named
 * tags, versions currently deployed or released, and the branch and tag heads among pacts created since
 * `createdSince` (work in progress chooses among heads only).
 */
export interface CandidateScope {
  mainBranch: boolean;
  branches: string[];
  tags: string[];
  createdSince?: Date;
}

/**
 * The pacts a provider could be asked to verify, read in one statement so selection itself is pure: the function
 * `pact_candidates` (migration 0024), so its plan is kept per session instead of made per request. It reads the
 * pacts first, then their versions' tags, branches, heads and deployments aggregated per version in one pass
 * each, and answers one JSON array (a single JSON.parse instead of the driver decoding arrays, dates and JSON
 * field by field); `createdAt` travels as epoch milliseconds, as precise as the driver's Date.
 */
export function pactCandidateStore(db: Db) {
  return {
    /** Every pact of the provider (of one consumer), or only those `scope` can select. */
    async forProvider(
      providerId: number,
      consumer?: string,
      scope?: CandidateScope,
    ): Promise<PactCandidate[]> {
      const { rows } = await sql<{
        candidates: Array<Omit<PactCandidate, 'createdAt'> & { createdAt: number }>;
      }>`select pact_candidates(${providerId}, ${consumer ?? null}, ${scope !== undefined},
          ${scope?.mainBranch ?? false}, ${textArrayLiteral(scope?.branches ?? [])}::text[],
          ${textArrayLiteral(scope?.tags ?? [])}::text[], ${scope?.createdSince ?? null}::timestamptz)
        as candidates`.execute(db);
      // In place: a copy of each of the (up to thousands of) rows would only feed the collector.
      const { candidates } = rows[0]!;
      for (const row of candidates) (row as { createdAt: number | Date }).createdAt = new Date(row.createdAt);
      return candidates as unknown as PactCandidate[];
    },
  };
}

export type PactCandidateStore = ReturnType<typeof pactCandidateStore>;
