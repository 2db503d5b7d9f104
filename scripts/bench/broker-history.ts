/**
 * The broker benchmark's generated history, loaded with set-based SQL (generate_series, one INSERT … SELECT per
 * table) into a freshly migrated, empty database. Ids are given explicitly so rows can refer to each other by
 * arithmetic; the identity sequences are moved past them afterwards so the broker's own inserts carry on.
 *
 * Shape: 300 services × 100 versions (30,000), each with its own spec; every service consumes 5 providers
 * (1,500 integrations), so every version publishes 5 contracts (150,000); contents change every 10 versions
 * (3,000 spec and 15,000 contract documents); 66,000 comparisons (each contract content against the provider's
 * spec contents within two generations) and 34,000 spec verifications (every version, 4,000 of them after a
 * failed one): 100,000 comparisons/verifications. 3 environments, each running one version of every service,
 * with 10 earlier deployments ended.
 */
import { comparisonRules } from '@signet/core';

export const SERVICES = 300;
export const VERSIONS_PER_SERVICE = 100;
export const PROVIDERS_PER_CONSUMER = 5;
/** Version number running in each environment (ids 1..3), e.g. `1.0.95` in production. */
export const RUNNING = { development: 99, staging: 97, production: 95 } as const;

const sha = (text: string) => `encode(sha256(convert_to(${text}, 'UTF8')), 'hex')`;
const specText = (service: string, generation: string) =>
  `format('{"bench":"spec","service":%s,"generation":%s}', ${service}, ${generation})`;
const contractText = (consumer: string, slot: string, generation: string) =>
  `format('{"bench":"contract","consumer":%s,"slot":%s,"generation":%s}', ${consumer}, ${slot}, ${generation})`;
/** The provider id of consumer `s`'s `k`-th integration (k = 1..5). */
const providerOf = (s: string, k: string) => `((${s} - 1 + ${k}) % ${SERVICES}) + 1`;
/** Version id of service `s`'s `n`-th version (n = 1..100). */
const versionId = (s: string, n: string) => `((${s} - 1) * ${VERSIONS_PER_SERVICE} + ${n})`;
const summary = (compatible: boolean) =>
  `'${JSON.stringify({ compatible, errorCount: compatible ? 0 : 1, warningCount: 0, errors: [] })}'::jsonb`;

/** The statements, in order; each is one bulk insert (or a sequence update). */
export function historyStatements(): Array<{ label: string; sql: string }> {
  const S = SERVICES;
  const V = VERSIONS_PER_SERVICE;
  const K = PROVIDERS_PER_CONSUMER;
  const G = V / 10;
  return [
    {
      label: 'services',
      sql: `insert into services (id, name, main_branch) overriding system value
        select s, format('service-%s', lpad(s::text, 3, '0')), 'main' from generate_series(1, ${S}) s`,
    },
    {
      label: 'versions',
      sql: `insert into versions (id, service_id, number, branch) overriding system value
        select ${versionId('s', 'n')}, s, format('1.0.%s', n), 'main'
        from generate_series(1, ${S}) s, generate_series(1, ${V}) n`,
    },
    {
      // Every version is on main (migration 0012's table: branch queries read it, not versions.branch).
      label: 'version_branches',
      sql: `insert into version_branches (service_id, version_id, name)
        select service_id, id, branch from versions order by id`,
    },
    {
      label: 'documents',
      sql: `insert into documents (sha256, text, byte_size)
        select ${sha('t')}, t, octet_length(t) from (
          select ${specText('s', 'g')} t from generate_series(1, ${S}) s, generate_series(0, ${G - 1}) g
          union all
          select ${contractText('s', 'k', 'g')} from generate_series(1, ${S}) s, generate_series(1, ${K}) k,
            generate_series(0, ${G - 1}) g) d`,
    },
    {
      label: 'specs',
      // One OpenAPI spec per version: its comparison key (set_sha, migration 0015) is its own sha.
      sql: `insert into specs (id, service_id, version_id, content_sha, kind, set_sha) overriding system value
        select id, s, id, spec_sha, 'openapi', spec_sha from (
          select ${versionId('s', 'n')} as id, s, ${sha(specText('s', '(n - 1) / 10'))} as spec_sha
          from generate_series(1, ${S}) s, generate_series(1, ${V}) n) p`,
    },
    {
      label: 'contracts',
      sql: `insert into contracts (consumer_version_id, provider_id, content_sha)
        select ${versionId('s', 'n')}, ${providerOf('s', 'k')}, ${sha(contractText('s', 'k', '(n - 1) / 10'))}
        from generate_series(1, ${S}) s, generate_series(1, ${V}) n, generate_series(1, ${K}) k
        order by 1, 2`,
    },
    {
      // What `contracts.insert` keeps on publish: each integration's newest contract.
      label: 'integrations',
      sql: `insert into integrations (consumer_id, provider_id, latest_contract_id)
        select v.service_id, c.provider_id, max(c.id)
        from contracts c join versions v on v.id = c.consumer_version_id
        group by v.service_id, c.provider_id`,
    },
    {
      // A consumer generation newer than the provider's spec needs what that spec lacks: incompatible.
      label: 'comparisons',
      // Under this build's comparison rules: rows from other rules count as not compared and would be recomputed
      // by the first deploy guard that needs them (timing comparisons, not reads).
      sql: `insert into comparisons (contract_sha, spec_sha, status, summary, findings, rules)
        select ${sha(contractText('s', 'k', 'g'))}, ${sha(specText(providerOf('s', 'k'), 'h'))},
          case when g > h then 'incompatible' else 'compatible' end,
          case when g > h then ${summary(false)} else ${summary(true)} end, '[]'::jsonb, '${comparisonRules}'
        from generate_series(1, ${S}) s, generate_series(1, ${K}) k, generate_series(0, ${G - 1}) g,
          generate_series(0, ${G - 1}) h
        where abs(g - h) <= 2`,
    },
    {
      label: 'verifications',
      sql: `insert into verifications (provider_version_id, kind, spec_sha, success)
        select v.id, 'spec', sp.content_sha, ok from (values (false), (true)) o(ok)
          cross join versions v join specs sp on sp.version_id = v.id
        where ok or v.id % 15 in (0, 7)
        order by ok, v.id`,
    },
    {
      label: 'environments',
      sql: `insert into environments (id, name, display_name, production) overriding system value
        values (1, 'development', 'Development', false), (2, 'staging', 'Staging', false),
          (3, 'production', 'Production', true)`,
    },
    {
      // Ten earlier deployments per service and environment, ended, then the one running now.
      label: 'deployed_versions',
      sql: `insert into deployed_versions (service_id, version_id, environment_id, kind, ended_at)
        select s, ${versionId('s', 'r.n - back')}, r.e, 'deployment', case when back > 0 then now() end
        from generate_series(1, ${S}) s,
          (values (1, ${RUNNING.development}), (2, ${RUNNING.staging}), (3, ${RUNNING.production})) r(e, n),
          generate_series(10, 0, -1) back
        order by back desc, s, r.e`,
    },
    ...['services', 'versions', 'specs', 'environments'].map((table) => ({
      label: `${table} id sequence`,
      sql: `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`,
    })),
    { label: 'analyze', sql: 'analyze' },
  ];
}
