import { comparisonRules } from '@signet/core';
import { sql } from 'kysely';
import { BadRequestError } from '../errors/broker-error.js';
import type { Db } from '../store/db.js';
import {
  decodeCursor,
  encodeCursor,
  isRowId,
  pageLimit,
  type Page,
  type PageRequest,
} from '../store/page.js';

export type MatrixStatus = 'compatible' | 'incompatible' | 'unknown';

export interface MatrixFilter {
  consumer?: string;
  provider?: string;
  consumerVersion?: string;
  providerVersion?: string;
  consumerBranch?: string;
  providerBranch?: string;
  /** Only versions currently deployed or released there, on both sides. */
  environment?: string;
  status?: MatrixStatus;
}

/** One consumer version × provider version cell; `providerVersion` is null when no provider version has evidence yet. */
export interface MatrixRow {
  consumer: string;
  consumerVersion: string;
  consumerBranch: string | null;
  provider: string;
  providerVersion: string | null;
  providerBranch: string | null;
  contractSha: string;
  /** The spec the provider version was verified against (latest spec verification, when successful). */
  specSha: string | null;
  status: MatrixStatus;
  /** The provider version's newest spec verification and its newest Pact-verifier result of this contract. */
  specVerified: boolean | null;
  specVerifiedAt: Date | null;
  pactVerified: boolean | null;
  pactVerifiedAt: Date | null;
  contractId: number;
  providerVersionId: number;
}

/**
 * The matrix: every contract against every provider version that has verification evidence (a spec verification,
 * or a Pact verification of that contract). Status follows the deploy decision's evidence rules. Newest first.
 */
export function matrixStore(db: Db) {
  return {
    async list(filter: MatrixFilter, request: PageRequest): Promise<Page<MatrixRow>> {
      const limit = pageLimit(request);
      const after = request.cursor === undefined ? undefined : cursorKey(request.cursor);
      if (byServiceOnly(filter)) {
        // Migration 0022's function: the same statement below, its plan kept per session. Its rows come as one
        // JSON array: on PGlite, 101 rows of 15 columns cost ~2 ms more CPU to hand over than one parsed text.
        const { rows } = await sql<{
          page: JsonRow[];
        }>`select coalesce(json_agg(p order by p."contractId" desc,
            p."providerVersionId" desc), '[]') as page
          from matrix_page(${filter.consumer ?? null}, ${filter.provider ?? null}, ${after?.[0] ?? null},
            ${after?.[1] ?? null}, ${limit}, ${comparisonRules}) p`.execute(db);
        return toPage(rows[0]!.page.map(withDates), limit);
      }
      // Without a status filter the page is known before its evidence: the candidates (contract × provider
      // version with evidence) are paged first, and the verifications and comparison are read for those rows only.
      const pageFirst = filter.status === undefined;
      const page = sql`order by c.id desc, coalesce(pv.id, 0) desc limit ${limit + 1}`;
      const { rows } = await sql<MatrixRow>`
        select cs.name as consumer, cv.number as "consumerVersion", cv.branch as "consumerBranch",
               ps.name as provider, m.pv_number as "providerVersion", m.pv_branch as "providerBranch",
               m.content_sha as "contractSha", case when sv.success then sv.spec_sha end as "specSha",
               ${status} as status,
               sv.success as "specVerified", sv.created_at as "specVerifiedAt",
               pf.success as "pactVerified", pf.created_at as "pactVerifiedAt",
               m.id as "contractId", coalesce(m.pv_id, 0) as "providerVersionId"
        from (
          select c.id, c.content_sha, c.consumer_version_id, c.provider_id,
                 pv.id as pv_id, pv.number as pv_number, pv.branch as pv_branch
          from ${contractsOf(filter.consumer)} c
          left join lateral (
            select v.id, v.number, v.branch from versions v where v.service_id = c.provider_id and exists (
              select 1 from verifications x where x.provider_version_id = v.id and (x.kind = 'spec' or x.contract_sha = c.content_sha))
          ) pv on true
          where true
            ${filter.provider === undefined ? sql`` : sql`and c.provider_id = (select id from services where name = ${filter.provider})`}
            ${filter.consumerVersion === undefined ? sql`` : sql`and (select number from versions where id = c.consumer_version_id) = ${filter.consumerVersion}`}
            ${filter.providerVersion === undefined ? sql`` : sql`and pv.number = ${filter.providerVersion}`}
            ${filter.consumerBranch === undefined ? sql`` : onBranch('c.consumer_version_id', filter.consumerBranch)}
            ${filter.providerBranch === undefined ? sql`` : onBranch('pv.id', filter.providerBranch)}
            ${filter.environment === undefined ? sql`` : inEnvironment(filter.environment)}
            ${after === undefined ? sql`` : sql`and (c.id, coalesce(pv.id, 0)) < (${after[0]}, ${after[1]})`}
          ${pageFirst ? page : sql``}
        ) m
        join versions cv on cv.id = m.consumer_version_id
        join services cs on cs.id = cv.service_id
        join services ps on ps.id = m.provider_id
        left join lateral (
          select x.spec_key as spec_sha, x.success, x.created_at from verifications x
          where x.provider_version_id = m.pv_id and x.kind = 'spec' order by x.id desc limit 1) sv on true
        left join lateral (
          select x.success, x.created_at from verifications x
          where x.provider_version_id = m.pv_id and x.kind = 'pact' and x.contract_sha = m.content_sha order by x.id desc limit 1) pf on true
        left join comparisons cmp on cmp.contract_sha = m.content_sha and cmp.spec_sha = sv.spec_sha and cmp.rules = ${comparisonRules}
        ${filter.status === undefined ? sql`` : sql`where ${status} = ${filter.status}`}
        order by m.id desc, coalesce(m.pv_id, 0) desc
        limit ${limit + 1}`.execute(db);
      return toPage(rows, limit);
    },
  };
}

/** The filters migration 0022's `matrix_page` answers: none, the consumer, the provider, or both. */
function byServiceOnly(filter: MatrixFilter): boolean {
  return Object.entries(filter).every(
    ([key, value]) => value === undefined || key === 'consumer' || key === 'provider',
  );
}

/** A row as JSON gives it: its times as text. */
type JsonRow = Omit<MatrixRow, 'specVerifiedAt' | 'pactVerifiedAt'> & {
  specVerifiedAt: string | null;
  pactVerifiedAt: string | null;
};

const withDates = (row: JsonRow): MatrixRow => ({
  ...row,
  specVerifiedAt: row.specVerifiedAt === null ? null : new Date(row.specVerifiedAt),
  pactVerifiedAt: row.pactVerifiedAt === null ? null : new Date(row.pactVerifiedAt),
});

function toPage(rows: MatrixRow[], limit: number): Page<MatrixRow> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > limit && last ? encodeCursor(`${last.contractId}:${last.providerVersionId}`) : null,
  };
}

/**
 * The contracts to page through. For one consumer, its contracts newest first behind a fence (`offset 0`):
 * otherwise PostgreSQL walks every contract newest first hoping to meet that consumer's soon (~150 ms on the
 * benchmark's history); this way it reads the consumer's few hundred by index and stops after one page (~10 ms).
 */
function contractsOf(consumer: string | undefined) {
  if (consumer === undefined) return sql`contracts`;
  return sql`(select * from contracts where consumer_version_id in (
    select id from versions where service_id = (select id from services where name = ${consumer}))
    order by id desc offset 0)`;
}

/** The version is on the branch (one of possibly several). */
function onBranch(column: string, branch: string) {
  return sql`and exists (select 1 from version_branches b where b.version_id = ${sql.ref(column)} and b.name = ${branch})`;
}

function inEnvironment(environment: string) {
  const current = (
    column: string,
  ) => sql`and exists (select 1 from deployed_versions d join environments e on e.id = d.environment_id
    where e.name = ${environment} and d.ended_at is null and d.version_id = ${sql.ref(column)})`;
  return sql`${current('c.consumer_version_id')} ${current('pv.id')}`;
}

/** The deploy decision's evidence rules over the row's newest verifications and stored comparison. */
const status = sql<MatrixStatus>`case when pf.success then 'compatible'
  when sv.success and cmp.status = 'compatible' then 'compatible'
  when sv.success and cmp.status = 'incompatible' then 'incompatible'
  when pf.success = false then 'incompatible'
  else 'unknown' end`;

function cursorKey(cursor: string): [number, number] {
  const key = decodeCursor(cursor);
  const match = typeof key === 'string' ? /^(\d{1,10}):(\d{1,10})$/.exec(key) : null;
  const ids: [number, number] = [Number(match?.[1]), Number(match?.[2])];
  if (match === null || !ids.every(isRowId))
    throw new BadRequestError('page.cursor-invalid', 'cursor is not one this server issued');
  return ids;
}

export type MatrixStore = ReturnType<typeof matrixStore>;
