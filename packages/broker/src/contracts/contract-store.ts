import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import { textArray } from '../webhooks/store/webhook-tables.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { Comparison, Contract } from '../store/records.js';

export interface ContractFilter {
  consumerVersionId?: number;
  consumerId?: number;
  providerId?: number;
}

/** What `publishInOneCall` writes: the contract, its version, and the comparisons computed beforehand. */
export interface OneCallPublication {
  consumer: string;
  provider: string;
  version: string;
  branch: string | undefined;
  tags: string[];
  content: string;
  sha: string;
  overwrite: boolean;
  announceUnchanged: boolean;
  /** Every webhook event name the publication's events fire as: a subscription to one sends it the usual way. */
  hookNames: string[];
  mainCandidates: string[];
  /** By spec sha; `payload` is the comparison event's, without the consumer branch (the function adds it). */
  computed: Array<{
    specSha: string;
    status: string;
    summary: object;
    findings: unknown[];
    error: string | null;
    payload: Record<string, unknown>;
  }>;
  /** Spec shas the contract has a stored comparison with (read before). */
  storedShas: string[];
  lastAttempt: boolean;
  rules: string;
}

/** A comparison as the function answers it: stored now (its row) or found stored before. */
export type OneCallComparison =
  | { specSha: string; stored: true }
  | {
      specSha: string;
      status: Comparison['status'];
      summary: object;
      findings: unknown[];
      error: string | null;
      createdAt: string;
    };

export interface OneCallStored {
  status: 'stored';
  outcome: 'created' | 'unchanged' | 'replaced';
  providerId: number;
  branch: string | null;
  contractId: number;
  consumerVersionId: number;
  createdAt: string;
  updatedAt: string;
  comparisons: OneCallComparison[];
  /** Specs that matter left uncompared on the last attempt. */
  skipped: string[];
}

export type OneCallAnswer = OneCallStored | { status: 'webhooks' | 'conflict' | 'specs-changed' };

/** Consumer contracts: one per (consumer version, provider); the content lives in `documents`. */
export function contractStore(db: Db) {
  const select = () =>
    db
      .selectFrom('contracts as c')
      .innerJoin('versions as v', 'v.id', 'c.consumer_version_id')
      .innerJoin('services as cs', 'cs.id', 'v.service_id')
      .innerJoin('services as ps', 'ps.id', 'c.provider_id')
      .select([
        'c.id',
        'cs.name as consumer',
        'v.number as consumerVersion',
        'c.consumer_version_id as consumerVersionId',
        'ps.name as provider',
        'c.provider_id as providerId',
        'c.content_sha as contentSha',
        'c.created_at as createdAt',
        'c.updated_at as updatedAt',
      ]);

  return {
    async find(consumerVersionId: number, providerId: number): Promise<Contract | undefined> {
      return select()
        .where('c.consumer_version_id', '=', consumerVersionId)
        .where('c.provider_id', '=', providerId)
        .executeTakeFirst();
    },

    async findById(id: number): Promise<Contract | undefined> {
      return select().where('c.id', '=', id).executeTakeFirst();
    },

    /**
     * Inserts unless the version already has a contract with this provider, and makes a new one the newest of
     * its integration; returns the stored row, and whether this call inserted it.
     */
    async insert(
      consumerVersionId: number,
      providerId: number,
      contentSha: string,
    ): Promise<Contract & { inserted: boolean }> {
      // One statement for the insert, the integration and the row (a round trip each counts at hundreds of
      // publications a second); the joins read the version and services, which exist before it starts.
      const { rows } = await sql<Contract>`
        with c as (
          insert into contracts (consumer_version_id, provider_id, content_sha)
          values (${consumerVersionId}, ${providerId}, ${contentSha})
          on conflict (consumer_version_id, provider_id) do nothing
          returning id, consumer_version_id, provider_id, content_sha, created_at, updated_at),
        newest as (
          insert into integrations (consumer_id, provider_id, latest_contract_id)
          select v.service_id, c.provider_id, c.id from c join versions v on v.id = c.consumer_version_id
          on conflict (consumer_id, provider_id) do update
          set latest_contract_id = greatest(integrations.latest_contract_id, excluded.latest_contract_id))
        select c.id, cs.name as "consumer", v.number as "consumerVersion",
          c.consumer_version_id as "consumerVersionId", ps.name as "provider", c.provider_id as "providerId",
          c.content_sha as "contentSha", c.created_at as "createdAt", c.updated_at as "updatedAt"
        from c join versions v on v.id = c.consumer_version_id join services cs on cs.id = v.service_id
          join services ps on ps.id = c.provider_id`.execute(db);
      const inserted = rows[0];
      if (inserted !== undefined) return { ...inserted, inserted: true };
      return { ...(await this.find(consumerVersionId, providerId))!, inserted: false };
    },

    /**
     * A publication's whole write in one statement (migration 0023's `publish_contract`); outside a transaction
     * only, since its failures are answers: `conflict` (different content, no overwrite) and `specs-changed` (a
     * spec that matters was not compared) roll the statement back, and `webhooks` wrote nothing.
     */
    async publishInOneCall(call: OneCallPublication): Promise<OneCallAnswer> {
      try {
        const { rows } = await sql<{ answer: OneCallStored | { status: 'webhooks' } }>`
          select publish_contract(${call.consumer}, ${call.provider}, ${call.version}, ${call.branch ?? null},
            ${textArray(call.tags)}::text[], ${call.content}, ${call.sha}, ${Buffer.byteLength(call.content, 'utf8')},
            ${call.overwrite}, ${call.announceUnchanged}, ${textArray(call.hookNames)}::text[], ${textArray(call.mainCandidates)}::text[],
            ${JSON.stringify(call.computed)}::jsonb, ${textArray(call.storedShas)}::text[], ${call.lastAttempt},
            ${call.rules}) as answer`.execute(db);
        return rows[0]!.answer;
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        if (code === 'SGN01') return { status: 'conflict' };
        if (code === 'SGN02') return { status: 'specs-changed' };
        throw error;
      }
    },

    async replaceContent(contractId: number, contentSha: string): Promise<void> {
      await db
        .updateTable('contracts')
        .set({ content_sha: contentSha, updated_at: new Date() })
        .where('id', '=', contractId)
        .execute();
    },

    /** Stable order: oldest first. */
    async list(filter: ContractFilter, request: PageRequest): Promise<Page<Contract>> {
      const limit = pageLimit(request);
      const after = decodeIdCursor(request.cursor);
      const rows = await select()
        .$if(filter.consumerVersionId !== undefined, (q) =>
          q.where('c.consumer_version_id', '=', filter.consumerVersionId!),
        )
        .$if(filter.consumerId !== undefined, (q) => q.where('v.service_id', '=', filter.consumerId!))
        .$if(filter.providerId !== undefined, (q) => q.where('c.provider_id', '=', filter.providerId!))
        .$if(after !== undefined, (q) => q.where('c.id', '>', after!))
        .orderBy('c.id')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (row) => row.id);
    },

    /** Every contract of one consumer version (a version has few: one per provider). */
    async forConsumerVersion(consumerVersionId: number): Promise<Contract[]> {
      return select().where('c.consumer_version_id', '=', consumerVersionId).orderBy('c.id').execute();
    },

    /** Contracts naming the provider from the given consumer versions. */
    async forProviderFromVersions(providerId: number, consumerVersionIds: number[]): Promise<Contract[]> {
      if (consumerVersionIds.length === 0) return [];
      return select()
        .where('c.provider_id', '=', providerId)
        .where('c.consumer_version_id', 'in', consumerVersionIds)
        .orderBy('c.id')
        .execute();
    },

    /** Whether any contract names the service as its provider. */
    async namesProvider(providerId: number): Promise<boolean> {
      const row = await db
        .selectFrom('contracts')
        .select('id')
        .where('provider_id', '=', providerId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type ContractStore = ReturnType<typeof contractStore>;
