/**
 * The pacts-for-verification benchmark's history, loaded with set-based SQL into a freshly migrated database
 * (ids given explicitly, sequences moved past them afterwards, as broker-history.ts does).
 *
 * Shape: one provider (100 versions on main, every 10th also on `feature-3`) and 100 consumers × 1,000 versions
 * (100,000 versions, each publishing a pact with the provider: 100,000 contracts; content changes every 10
 * versions, 10,000 documents). Consumer version n was created n hours after the first; every 4th is on a feature
 * branch `feature-<(n/4) % 25>` instead of main, and every 20th on both (multi-branch, version_branches). Tags:
 * `release` on every 50th, `dev` on every 7th. Environments `test` (version 990 running) and `production`
 * (950), each with 10 ended deployments before. The provider verified every content but each consumer's newest
 * generation (9,900 Pact verifications, so the latest pacts are pending).
 */
export const CONSUMERS = 100;
export const VERSIONS_PER_CONSUMER = 1_000;
const PROVIDER_VERSIONS = 100;
/** Hours after the first consumer version at which version n (1..1000) was created. */
export const HOURS_SPAN = VERSIONS_PER_CONSUMER;

const sha = (text: string) => `encode(sha256(convert_to(${text}, 'UTF8')), 'hex')`;
const pactText = (consumer: string, generation: string) =>
  `format('{"bench":"pact","consumer":%s,"generation":%s}', ${consumer}, ${generation})`;
/** Version id of consumer `c`'s (1..100) `n`-th version (1..1000); provider versions are ids 1..100. */
const versionId = (c: string, n: string) =>
  `(${PROVIDER_VERSIONS} + (${c} - 1) * ${VERSIONS_PER_CONSUMER} + ${n})`;
/** Creation time of consumer version n: the newest is an hour old. */
const createdAt = (n: string) => `now() - (${VERSIONS_PER_CONSUMER} + 1 - ${n}) * interval '1 hour'`;
const featureOf = (n: string) => `format('feature-%s', (${n} / 4) % 25)`;

export function pfvHistoryStatements(): Array<{ label: string; sql: string }> {
  const C = CONSUMERS;
  const V = VERSIONS_PER_CONSUMER;
  const P = PROVIDER_VERSIONS;
  return [
    {
      label: 'services',
      sql: `insert into services (id, name, main_branch) overriding system value
        select 1, 'bench-provider', 'main'
        union all select c + 1, format('consumer-%s', lpad(c::text, 3, '0')), 'main' from generate_series(1, ${C}) c`,
    },
    {
      label: 'versions',
      sql: `insert into versions (id, service_id, number, branch, created_at) overriding system value
        select n, 1, format('2.0.%s', n), 'main', now() - (${P} + 1 - n) * interval '1 hour'
          from generate_series(1, ${P}) n
        union all
        select ${versionId('c', 'n')}, c + 1, format('1.0.%s', n),
          case when n % 4 = 0 and n % 20 <> 0 then ${featureOf('n')} else 'main' end, ${createdAt('n')}
        from generate_series(1, ${C}) c, generate_series(1, ${V}) n`,
    },
    {
      // Every 20th consumer version is on main and on a feature branch; the main row comes first.
      label: 'version_branches',
      sql: `insert into version_branches (service_id, version_id, name, created_at)
        select service_id, id, name, created_at from (
          select v.service_id, v.id, v.branch as name, v.created_at, 0 as o from versions v
          union all
          select v.service_id, v.id, 'feature-3', v.created_at, 1 from versions v where v.service_id = 1 and v.id % 10 = 0
          union all
          select v.service_id, v.id, ${featureOf(`(v.id - ${P} - 1) % ${V} + 1`)}, v.created_at, 1 from versions v
          where v.service_id > 1 and ((v.id - ${P} - 1) % ${V} + 1) % 20 = 0) b
        order by id, o`,
    },
    {
      label: 'version_tags',
      sql: `insert into version_tags (version_id, name, created_at)
        select ${versionId('c', 'n')}, t.name, ${createdAt('n')}
        from generate_series(1, ${C}) c, generate_series(1, ${V}) n, (values ('release', 50), ('dev', 7)) t(name, every)
        where n % t.every = 0`,
    },
    {
      label: 'documents',
      sql: `insert into documents (sha256, text, byte_size)
        select ${sha('t')}, t, octet_length(t) from (
          select ${pactText('c', 'g')} t from generate_series(1, ${C}) c, generate_series(0, ${V / 10 - 1}) g) d`,
    },
    {
      label: 'contracts',
      sql: `insert into contracts (consumer_version_id, provider_id, content_sha, created_at, updated_at)
        select ${versionId('c', 'n')}, 1, ${sha(pactText('c', '(n - 1) / 10'))}, ${createdAt('n')}, ${createdAt('n')}
        from generate_series(1, ${C}) c, generate_series(1, ${V}) n
        order by 1`,
    },
    {
      label: 'integrations',
      sql: `insert into integrations (consumer_id, provider_id, latest_contract_id)
        select v.service_id, c.provider_id, max(c.id)
        from contracts c join versions v on v.id = c.consumer_version_id
        group by v.service_id, c.provider_id`,
    },
    {
      // Generation g of consumer c verified by provider version g + 1 (all on main); the newest generation never.
      label: 'verifications',
      sql: `insert into verifications (provider_version_id, kind, contract_sha, success, created_at)
        select g + 1, 'pact', ${sha(pactText('c', 'g'))}, true, now() - (${P} - g) * interval '1 hour'
        from generate_series(1, ${C}) c, generate_series(0, ${V / 10 - 2}) g
        order by g, c`,
    },
    {
      label: 'pact_verifications',
      sql: `insert into pact_verifications (verification_id, pending, wip)
        select id, false, false from verifications where kind = 'pact'`,
    },
    {
      label: 'environments',
      sql: `insert into environments (id, name, display_name, production) overriding system value
        values (1, 'test', 'Test', false), (2, 'production', 'Production', true)`,
    },
    {
      label: 'deployed_versions',
      sql: `insert into deployed_versions (service_id, version_id, environment_id, kind, ended_at)
        select c + 1, ${versionId('c', 'r.n - back * 10')}, r.e, 'deployment', case when back > 0 then now() end
        from generate_series(1, ${C}) c, (values (1, 990), (2, 950)) r(e, n), generate_series(10, 0, -1) back
        order by back desc, c, r.e`,
    },
    ...['services', 'versions', 'environments'].map((table) => ({
      label: `${table} id sequence`,
      sql: `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`,
    })),
    { label: 'analyze', sql: 'analyze' },
  ];
}
