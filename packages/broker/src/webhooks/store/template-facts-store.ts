import type { Db } from '../../store/db.js';

/** A verification as a webhook renders it: its outcome and provider version. */
export interface RenderedVerification {
  id: number;
  success: boolean;
  providerVersion: string;
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
