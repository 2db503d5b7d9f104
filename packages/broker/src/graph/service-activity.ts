import { sql } from 'kysely';
import type { Db } from '../store/db.js';

/** When each service last published something (a version, a spec, an integration's newest contract) and was last verified as a provider. */
export interface ServiceActivity {
  name: string;
  lastPublishedAt: Date | null;
  lastVerifiedAt: Date | null;
}

/**
 * Every service with its latest activity, in name order, in one query: its newest version and spec by index, its
 * integrations' newest contracts, and its versions' verifications by index (no pass over every row).
 */
export async function serviceActivity(db: Db): Promise<ServiceActivity[]> {
  const { rows } = await sql<ServiceActivity>`
    select s.name, greatest(v.at, sp.at, c.at) as "lastPublishedAt", x.at as "lastVerifiedAt"
    from services s
    left join lateral (select created_at as at from versions where service_id = s.id order by id desc limit 1) v on true
    left join lateral (select created_at as at from specs where service_id = s.id order by id desc limit 1) sp on true
    left join (select n.consumer_id as service_id, max(c.updated_at) as at from integrations n
      join contracts c on c.id = n.latest_contract_id group by n.consumer_id) c on c.service_id = s.id
    left join lateral (select max(x.created_at) as at from versions pv
      join verifications x on x.provider_version_id = pv.id where pv.service_id = s.id) x on true
    order by s.name`.execute(db);
  return rows;
}
