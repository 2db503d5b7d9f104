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
 * integrations' newest contracts by key (a hash join read all 150,000 contracts for 1,500 integrations), and one
 * pass over the verifications grouped by provider (30,000 per-version index probes took longer).
 */
export async function serviceActivity(db: Db): Promise<ServiceActivity[]> {
  const { rows } = await sql<ServiceActivity>`
    select s.name, greatest(v.at, sp.at, c.at) as "lastPublishedAt", x.at as "lastVerifiedAt"
    from services s
    left join lateral (select created_at as at from versions where service_id = s.id order by id desc limit 1) v on true
    left join lateral (select created_at as at from specs where service_id = s.id order by id desc limit 1) sp on true
    left join lateral (select max(c.updated_at) as at from integrations n
      join contracts c on c.id = n.latest_contract_id where n.consumer_id = s.id) c on true
    left join (select pv.service_id, max(x.created_at) as at from verifications x
      join versions pv on pv.id = x.provider_version_id group by pv.service_id) x on x.service_id = s.id
    order by s.name`.execute(db);
  return rows;
}
