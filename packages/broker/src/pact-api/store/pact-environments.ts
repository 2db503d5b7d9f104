import type { Db } from '../../store/db.js';
import { withPactTables } from './pact-tables.js';
import type { Environment } from '../../store/records.js';

/** A contact of an environment as the Pact API carries it (shown, not interpreted). */
export type EnvironmentContact = Record<string, unknown>;

export interface EnvironmentChange {
  name: string;
  displayName: string;
  production: boolean;
  contacts: EnvironmentContact[];
}

/** Environment contacts and updates, and deployed-version rows by id (the Pact API addresses them so). */
export function pactEnvironmentStore(db: Db) {
  const pact = withPactTables(db);
  return {
    async contacts(environmentId: number): Promise<EnvironmentContact[]> {
      const row = await pact
        .selectFrom('pact_environments')
        .select('contacts')
        .where('environment_id', '=', environmentId)
        .executeTakeFirst();
      return row === undefined ? [] : (row.contacts as unknown as EnvironmentContact[]);
    },

    async setContacts(environmentId: number, contacts: EnvironmentContact[]): Promise<void> {
      const json = JSON.stringify(contacts);
      await pact
        .insertInto('pact_environments')
        .values({ environment_id: environmentId, contacts: json })
        .onConflict((conflict) => conflict.column('environment_id').doUpdateSet({ contacts: json }))
        .execute();
    },

    /** Every environment (there are few), oldest first. */
    async all(): Promise<Environment[]> {
      return pact
        .selectFrom('environments')
        .select(['id', 'name', 'display_name as displayName', 'production', 'created_at as createdAt'])
        .orderBy('id')
        .execute();
    },

    /** Returns false when another environment has the name. */
    async update(environmentId: number, change: EnvironmentChange): Promise<boolean> {
      const clash = await pact
        .selectFrom('environments')
        .select('id')
        .where('name', '=', change.name)
        .where('id', '<>', environmentId)
        .executeTakeFirst();
      if (clash !== undefined) return false;
      await pact
        .updateTable('environments')
        .set({ name: change.name, display_name: change.displayName, production: change.production })
        .where('id', '=', environmentId)
        .execute();
      await this.setContacts(environmentId, change.contacts);
      return true;
    },

    /** Deletes the environment with its contacts and deployed/released versions (Pact's DELETE); in a transaction. */
    async delete(environmentId: number): Promise<void> {
      await pact.deleteFrom('deployed_versions').where('environment_id', '=', environmentId).execute();
      await pact.deleteFrom('pact_environments').where('environment_id', '=', environmentId).execute();
      await pact.deleteFrom('environments').where('id', '=', environmentId).execute();
    },
  };
}

export type PactEnvironmentStore = ReturnType<typeof pactEnvironmentStore>;
