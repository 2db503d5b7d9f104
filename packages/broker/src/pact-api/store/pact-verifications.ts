import { sql } from 'kysely';
import type { Db } from '../../store/db.js';
import { withPactTables } from './pact-tables.js';
import { textArrayLiteral } from './text-array.js';

/** How a Pact verification was selected, as its publishing URL said. */
export interface PactVerificationDetails {
  pending: boolean;
  wip: boolean;
  /** Consumer version numbers whose pact was verified. */
  consumerVersions: string[];
  verifiedBy: unknown;
}

/** A successful Pact verification of one content, with what the pending and WIP rules read of it. */
export interface VerificationFact {
  contentSha: string;
  /** Every branch the verifying provider version is on. */
  providerBranches: string[];
  providerTags: string[];
  createdAt: Date;
  wip: boolean;
}

/** The Pact API's view of verifications: selection details, and the facts behind pending and WIP. */
export function pactVerificationStore(db: Db) {
  const pact = withPactTables(db);
  return {
    async recordDetails(verificationId: number, details: PactVerificationDetails): Promise<void> {
      await pact
        .insertInto('pact_verifications')
        .values({
          verification_id: verificationId,
          pending: details.pending,
          wip: details.wip,
          consumer_versions: JSON.stringify(details.consumerVersions),
          verified_by: details.verifiedBy === undefined ? null : JSON.stringify(details.verifiedBy),
        })
        .execute();
    },

    async details(verificationId: number): Promise<PactVerificationDetails | undefined> {
      const row = await pact
        .selectFrom('pact_verifications')
        .selectAll()
        .where('verification_id', '=', verificationId)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const { pending, wip } = row;
      const consumerVersions = row.consumer_versions as unknown as string[];
      return { pending, wip, consumerVersions, verifiedBy: row.verified_by ?? undefined };
    },

    /** A Pact verification by id, with the provider version's number. */
    async find(id: number) {
      return pact
        .selectFrom('verifications as x')
        .innerJoin('versions as v', 'v.id', 'x.provider_version_id')
        .select([
          'x.id',
          'x.contract_sha as contentSha',
          'x.success',
          'x.results',
          'x.build_url as buildUrl',
          'x.created_at as createdAt',
          'v.number as providerVersion',
        ])
        .where('x.id', '=', id)
        .where('x.kind', '=', 'pact')
        .executeTakeFirst();
    },

    /** Successful Pact verifications of these contents by any version of the provider. */
    async successes(providerId: number, contentShas: string[]): Promise<VerificationFact[]> {
      if (contentShas.length === 0) return [];
      return (
        pact
          .selectFrom('verifications as x')
          .innerJoin('versions as v', 'v.id', 'x.provider_version_id')
          .leftJoin('pact_verifications as p', 'p.verification_id', 'x.id')
          .select([
            'x.contract_sha as contentSha',
            sql<string[]>`array(select b.name from version_branches b where b.version_id = v.id)`.as(
              'providerBranches',
            ),
            sql<string[]>`array(select t.name from version_tags t where t.version_id = v.id)`.as(
              'providerTags',
            ),
            'x.created_at as createdAt',
            sql<boolean>`coalesce(p.wip, false)`.as('wip'),
          ])
          .where('v.service_id', '=', providerId)
          .where('x.kind', '=', 'pact')
          .where('x.success', '=', true)
          // One array parameter rather than an IN list of hundreds: less to send, parse and bind per request.
          .where(sql<boolean>`x.contract_sha = any(${textArrayLiteral(contentShas)}::text[])`)
          .execute() as Promise<VerificationFact[]>
      );
    },

    /** When a version of the provider was first put on the branch; undefined when none ever was. */
    async branchCreatedAt(providerId: number, branch: string): Promise<Date | undefined> {
      const row = await pact
        .selectFrom('version_branches')
        .select((eb) => eb.fn.min('created_at').as('first'))
        .where('service_id', '=', providerId)
        .where('name', '=', branch)
        .executeTakeFirst();
      return row?.first ?? undefined;
    },

    /** When a version of the provider first got the tag; undefined when none has it. */
    async tagCreatedAt(providerId: number, tag: string): Promise<Date | undefined> {
      const row = await pact
        .selectFrom('version_tags as t')
        .innerJoin('versions as v', 'v.id', 't.version_id')
        .select((eb) => eb.fn.min('t.created_at').as('first'))
        .where('v.service_id', '=', providerId)
        .where('t.name', '=', tag)
        .executeTakeFirst();
      return row?.first ?? undefined;
    },
  };
}

export type PactVerificationStore = ReturnType<typeof pactVerificationStore>;
