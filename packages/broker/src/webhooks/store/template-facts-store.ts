import { sql } from 'kysely';
import type { Db } from '../../store/db.js';

/** A verification as a webhook renders it: its outcome and provider version. */
export interface RenderedVerification {
  id: number;
  success: boolean;
  providerVersion: string;
}

/** A pact as a test execution renders it. */
export interface RenderedPact {
  consumer: string;
  consumerVersion: string;
  consumerBranch: string | null;
  provider: string;
  contentSha: string;
  contractId: number;
}

/** Reads a webhook template needs beyond its event's payload. */
export function templateFactsStore(db: Db) {
  const verifications = () =>
    db
      .selectFrom('verifications as v')
      .innerJoin('versions as pv', 'pv.id', 'v.provider_version_id')
      .innerJoin('services as ps', 'ps.id', 'pv.service_id')
      .select(['v.id', 'v.success', 'pv.number as providerVersion'])
      .where('v.kind', '=', 'pact');
  return {
    /** The newest pact of the integration (either side may be unnamed: any consumer or provider). */
    async latestPact(consumer: string | null, provider: string | null): Promise<RenderedPact | undefined> {
      return (
        db
          .selectFrom('contracts as c')
          .innerJoin('versions as cv', 'cv.id', 'c.consumer_version_id')
          .innerJoin('services as cs', 'cs.id', 'cv.service_id')
          .innerJoin('services as ps', 'ps.id', 'c.provider_id')
          .select([
            'cs.name as consumer',
            'cv.number as consumerVersion',
            // The branch the version was put on last, as the Pact Broker names a pact's consumer branch.
            sql<
              string | null
            >`(select b.name from version_branches b where b.version_id = cv.id order by b.id desc limit 1)`.as(
              'consumerBranch',
            ),
            'ps.name as provider',
            'c.content_sha as contentSha',
            'c.id as contractId',
          ])
          .$if(consumer !== null, (q) => q.where('cs.name', '=', consumer!))
          .$if(provider !== null, (q) => q.where('ps.name', '=', provider!))
          // Latest as Pact means it: the newest consumer version's pact.
          .orderBy('cv.id', 'desc')
          .orderBy('c.id', 'desc')
          .limit(1)
          .executeTakeFirst()
      );
    },

    /** One Pact verification of the provider, by id. */
    async verification(provider: string, id: number): Promise<RenderedVerification | undefined> {
      return verifications().where('ps.name', '=', provider).where('v.id', '=', id).executeTakeFirst();
    },

    /** The newest Pact verification of this content by any version of the provider (Pact's "latest verification"). */
    async latestVerification(
      provider: string,
      contentSha: string,
    ): Promise<RenderedVerification | undefined> {
      return verifications()
        .where('ps.name', '=', provider)
        .where('v.contract_sha', '=', contentSha)
        .orderBy('v.id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
  };
}

export type TemplateFactsStore = ReturnType<typeof templateFactsStore>;
