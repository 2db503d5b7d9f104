import type { Db } from '../store/db.js';
import type { Verification } from '../store/records.js';

export type NewVerification = {
  providerVersionId: number;
  success: boolean;
  results?: unknown[];
  buildUrl?: string;
} & ({ kind: 'spec'; specSha: string } | { kind: 'pact'; contractSha: string });

/** Provider verifications: against a spec (`signet test`) or of one contract (Pact verifier). Append-only. */
export function verificationStore(db: Db) {
  const columns = [
    'id',
    'provider_version_id as providerVersionId',
    'kind',
    'spec_sha as specSha',
    'contract_sha as contractSha',
    'success',
    'results',
    'build_url as buildUrl',
    'created_at as createdAt',
  ] as const;

  /** The newest verification of each version of one kind, in one query. */
  async function latestOfKind(
    providerVersionIds: number[],
    kind: Verification['kind'],
  ): Promise<Map<number, Verification>> {
    if (providerVersionIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('verifications')
      .distinctOn('provider_version_id')
      .select(columns)
      .where('provider_version_id', 'in', providerVersionIds)
      .where('kind', '=', kind)
      .orderBy('provider_version_id')
      .orderBy('id', 'desc')
      .execute();
    return new Map(rows.map((row) => [row.providerVersionId, row]));
  }

  return {
    async record(verification: NewVerification): Promise<Verification> {
      return db
        .insertInto('verifications')
        .values({
          provider_version_id: verification.providerVersionId,
          kind: verification.kind,
          spec_sha: verification.kind === 'spec' ? verification.specSha : null,
          contract_sha: verification.kind === 'pact' ? verification.contractSha : null,
          success: verification.success,
          results: JSON.stringify(verification.results ?? []),
          build_url: verification.buildUrl ?? null,
        })
        .returning(columns)
        .executeTakeFirstOrThrow();
    },

    /** The newest spec verification of the version: a later failure supersedes an earlier success. */
    async latestSpecVerification(providerVersionId: number): Promise<Verification | undefined> {
      return db
        .selectFrom('verifications')
        .select(columns)
        .where('provider_version_id', '=', providerVersionId)
        .where('kind', '=', 'spec')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    /**
     * What comparisons key a spec verification's spec by, as the deploy guard and the matrix read it: the stored
     * key (`spec_key`, kept by migration 0016's triggers by the rule of verified-spec-key.ts).
     */
    async comparisonKey(verificationId: number): Promise<string | undefined> {
      const row = await db
        .selectFrom('verifications')
        .select('spec_key')
        .where('id', '=', verificationId)
        .where('kind', '=', 'spec')
        .executeTakeFirst();
      return row?.spec_key ?? undefined;
    },

    /** {@link latestSpecVerification} of many versions in one query (the deploy guard asks about several). */
    latestSpecVerifications: (providerVersionIds: number[]) => latestOfKind(providerVersionIds, 'spec'),

    /** The newest Pact-verifier result of each version, whatever content it verified (for summaries). */
    latestPactVerificationOfVersions: (providerVersionIds: number[]) =>
      latestOfKind(providerVersionIds, 'pact'),

    /** {@link latestPactVerification} of every (version, content) pair among the given ones, keyed `id:sha`. */
    async latestPactVerifications(
      providerVersionIds: number[],
      contractShas: string[],
    ): Promise<Map<string, Verification>> {
      if (providerVersionIds.length === 0 || contractShas.length === 0) return new Map();
      const rows = await db
        .selectFrom('verifications')
        .distinctOn(['provider_version_id', 'contract_sha'])
        .select(columns)
        .where('provider_version_id', 'in', providerVersionIds)
        .where('kind', '=', 'pact')
        .where('contract_sha', 'in', contractShas)
        .orderBy('provider_version_id')
        .orderBy('contract_sha')
        .orderBy('id', 'desc')
        .execute();
      return new Map(rows.map((row) => [`${row.providerVersionId}:${row.contractSha}`, row]));
    },

    /** The newest Pact-verifier result of this contract content by the version. */
    async latestPactVerification(
      providerVersionId: number,
      contractSha: string,
    ): Promise<Verification | undefined> {
      return db
        .selectFrom('verifications')
        .select(columns)
        .where('provider_version_id', '=', providerVersionId)
        .where('kind', '=', 'pact')
        .where('contract_sha', '=', contractSha)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async forVersion(providerVersionId: number): Promise<Verification[]> {
      return db
        .selectFrom('verifications')
        .select(columns)
        .where('provider_version_id', '=', providerVersionId)
        .orderBy('id')
        .execute();
    },
  };
}

export type VerificationStore = ReturnType<typeof verificationStore>;
