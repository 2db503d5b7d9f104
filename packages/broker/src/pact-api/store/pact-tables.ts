import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.js';

/** Tables of migration `0005-pact-api` as kysely sees them. */
export type PactTables = {
  pact_pacticipants: {
    service_id: number;
    display_name: string | null;
    repository_url: string | null;
    updated_at: Date;
  };
  pact_environments: { environment_id: number; contacts: string };
  pact_verifications: {
    verification_id: number;
    pending: boolean;
    wip: boolean;
    consumer_versions: string;
    verified_by: string | null;
  };
};

/** The store's database with the Pact API's tables added. */
export type PactDb = Kysely<Database & PactTables>;

export function withPactTables(db: Kysely<Database>): PactDb {
  return db.withTables<PactTables>();
}
