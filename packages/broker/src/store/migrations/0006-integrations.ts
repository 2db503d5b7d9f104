import { sql, type Kysely } from 'kysely';

/**
 * Integrations as a table kept up to date on publish: the service graph and the UI read ~1,500 rows here
 * instead of grouping every contract (150,000 in the benchmark history) on each request.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table integrations (
    consumer_id integer not null references services (id),
    provider_id integer not null references services (id),
    latest_contract_id integer not null references contracts (id),
    primary key (consumer_id, provider_id))`.execute(db);
  await sql`insert into integrations (consumer_id, provider_id, latest_contract_id)
    select v.service_id, c.provider_id, max(c.id)
    from contracts c join versions v on v.id = c.consumer_version_id
    group by v.service_id, c.provider_id`.execute(db);
}
