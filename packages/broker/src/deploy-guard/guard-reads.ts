import { comparisonRules } from '@signet/core';
import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import { verifiedSpecKey } from '../verifications/verified-spec-key.js';

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
 * consumer versions running there that name it, with the evidence the version holds for them.
 */
export function guardReadStore(db: Db) {
  return {
    async read(service: string, version: string, environment: string): Promise<GuardReads> {
      const { rows } = await sql<Row>`
        with env as (select id from environments where name = ${environment}),
        ver as (select v.id, v.service_id from versions v join services s on s.id = v.service_id
                where s.name = ${service} and v.number = ${version}),
        own as (select c.id, c.provider_id, c.content_sha from contracts c
                where c.consumer_version_id = (select id from ver)),
        -- The providers' versions running there: read by (environment, service), not the whole environment.
        own_running as materialized (
          select o.id as contract_id, o.content_sha, d.version_id, min(d.id) as first_id
          from own o join deployed_versions d on d.environment_id = (select id from env)
            and d.service_id = o.provider_id and d.ended_at is null
          group by o.id, o.content_sha, d.version_id),
        -- Contracts naming the service from consumer versions running there; versions joined after, for these few.
        consumer_contracts as materialized (
          select c.id, c.consumer_version_id, c.content_sha from contracts c
          where c.provider_id = (select service_id from ver) and c.consumer_version_id in (
            select d.version_id from deployed_versions d where d.environment_id = (select id from env)
              and d.ended_at is null and d.service_id <> (select service_id from ver))),
        own_spec as (${latestSpec(sql`(select id from ver)`)}),
        own_spec_sha as (select spec_sha from own_spec where success)
        select (select id from env) as environment_id, ver.id as version_id, ver.service_id,
          exists (select 1 from specs where service_id = ver.service_id) as spec_driven,
          exists (select 1 from contracts where provider_id = ver.service_id) as names_provider,
          (select json_build_object('success', success, 'specSha', spec_sha) from own_spec) as spec,
          (select json_agg(json_build_object('provider', ps.name, 'providerId', o.provider_id,
             'contentSha', o.content_sha, 'providerVersions', coalesce((
               select json_agg(json_build_object('versionId', r.version_id, 'number', pv.number,
                   'spec', case when sv.id is null then null
                                else json_build_object('success', sv.success, 'specSha', sv.spec_sha) end,
                   'pact', case when pf.success is null then null else json_build_object('success', pf.success) end,
                   'comparison', case when cmp.status is null then null
                                      else json_build_object('status', cmp.status, 'summary', cmp.summary) end)
                 order by r.first_id)
               from own_running r
               join versions pv on pv.id = r.version_id
               left join lateral (${latestSpec(sql`r.version_id`)}) sv on true
               left join lateral (${latestPact(sql`r.version_id`, sql`r.content_sha`)}) pf on true
               left join comparisons cmp on sv.success and cmp.contract_sha = r.content_sha
                 and cmp.spec_sha = sv.spec_sha and cmp.rules = ${comparisonRules}
               where r.contract_id = o.id), '[]'::json))
             order by o.id)
           from own o join services ps on ps.id = o.provider_id) as own,
          (select json_agg(json_build_object('consumer', cs.name, 'consumerVersion', cv.number,
             'contentSha', c.content_sha,
             'pact', case when pf.success is null then null else json_build_object('success', pf.success) end,
             'comparison', case when cmp.status is null then null
                                else json_build_object('status', cmp.status, 'summary', cmp.summary) end)
             order by c.id)
           from consumer_contracts c
           join versions cv on cv.id = c.consumer_version_id
           join services cs on cs.id = cv.service_id
           left join lateral (${latestPact(sql`ver.id`, sql`c.content_sha`)}) pf on true
           left join comparisons cmp on cmp.contract_sha = c.content_sha
             and cmp.spec_sha = (select spec_sha from own_spec_sha) and cmp.rules = ${comparisonRules}) as consumers
        from (select 1) one left join ver on true`.execute(db);
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
     * For each (provider, contract content): the provider's newest `searched` specs' contents, newest first, and
     * those of them the content was compared compatible with (under the build's rules). One statement for every
     * failing reason of an answer (they were three each).
     */
    async earlierSpecs(
      items: Array<{ provider: string; contractSha: string }>,
      searched: number,
    ): Promise<Array<{ specShas: string[]; compatible: string[] }>> {
      if (items.length === 0) return [];
      const wanted = sql.join(
        items.map((item, i) => sql`(${i}::int, ${item.provider}::text, ${item.contractSha}::text)`),
      );
      const { rows } = await sql<{ i: number; spec_shas: string[] | null; compatible: string[] | null }>`
        select r.i, newest.spec_shas, (
            select json_agg(cm.spec_sha) from comparisons cm
            where cm.contract_sha = r.contract_sha and cm.rules = ${comparisonRules} and cm.status = 'compatible'
              and cm.spec_sha in (select p.content_sha from specs p where p.service_id = s.id
                                  order by p.id desc limit ${searched})) as compatible
        from (values ${wanted}) as r(i, provider, contract_sha)
        left join services s on s.name = r.provider
        left join lateral (
          select json_agg(p.content_sha order by p.id desc) as spec_shas from (
            select p.id, p.content_sha from specs p where p.service_id = s.id order by p.id desc limit ${searched}) p
        ) newest on true`.execute(db);
      const byIndex = new Map(rows.map((row) => [row.i, row]));
      return items.map((_, i) => ({
        specShas: byIndex.get(i)?.spec_shas ?? [],
        compatible: byIndex.get(i)?.compatible ?? [],
      }));
    },
  };
}

/** The newest spec verification of the version (a later failure supersedes an earlier success). */
function latestSpec(versionId: ReturnType<typeof sql>) {
  // Its spec as comparisons key it: the version's spec set when it holds an OpenAPI and an AsyncAPI spec.
  return sql`select x.id, x.success, ${verifiedSpecKey('x')} as spec_sha from verifications x
    where x.provider_version_id = ${versionId} and x.kind = 'spec' order by x.id desc limit 1`;
}

/** The version's newest Pact-verifier result of this contract content. */
function latestPact(versionId: ReturnType<typeof sql>, contractSha: ReturnType<typeof sql>) {
  return sql`select x.success from verifications x where x.provider_version_id = ${versionId}
    and x.kind = 'pact' and x.contract_sha = ${contractSha} order by x.id desc limit 1`;
}

export type GuardReadStore = ReturnType<typeof guardReadStore>;
