import type { Db } from '../../store/db.js';

/** A Pact verification of one content by a provider version carrying a tag. */
export interface TaggedVerification {
  id: number;
  contentSha: string;
  success: boolean;
  /** Grows with the provider version's publication order. */
  providerVersionId: number;
}

/** The Pact verifications the matrix badge weighs: by provider versions with a tag, of some contents. */
export function taggedVerificationStore(db: Db) {
  return {
    async byProviderTag(
      providerId: number,
      providerTag: string,
      contentShas: string[],
    ): Promise<TaggedVerification[]> {
      if (contentShas.length === 0) return [];
      return db
        .selectFrom('verifications as x')
        .innerJoin('versions as v', 'v.id', 'x.provider_version_id')
        .innerJoin('version_tags as t', 't.version_id', 'v.id')
        .select(['x.id', 'x.contract_sha as contentSha', 'x.success', 'v.id as providerVersionId'])
        .where('v.service_id', '=', providerId)
        .where('t.name', '=', providerTag)
        .where('x.kind', '=', 'pact')
        .where('x.contract_sha', 'in', contentShas)
        .execute() as Promise<TaggedVerification[]>;
    },
  };
}

export type TaggedVerificationStore = ReturnType<typeof taggedVerificationStore>;
