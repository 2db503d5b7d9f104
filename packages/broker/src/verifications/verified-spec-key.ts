import { sql, type RawBuilder } from 'kysely';

/**
 * SQL for the comparison key of the spec a verification row (alias `x`) names. A spec verification is of one
 * spec (`spec_sha`, what was tested); a provider version with an OpenAPI and an AsyncAPI spec is compared under its
 * spec set's key (`specs.set_sha`). Readers join the key migration 0016 stores by this rule
 * (`verifications.spec_key`); this live form is the reference the stored-key tests compare it with.
 *
 * The set's key stands only when the version's other spec is verified too (its newest spec verification
 * succeeded): a build tested against its OpenAPI spec says nothing of the messages it sends. Until then the key is
 * the verified spec's own, so a consumer relying on the unverified half is judged against the verified half alone
 * (its messages then have no spec: `message.spec.missing`), never passed. A spec that is not one of the version's
 * own (a verification against another spec) keeps its own sha.
 */
export function verifiedSpecKey(x: string): RawBuilder<string> {
  const version = sql.ref(`${x}.provider_version_id`);
  const spec = sql.ref(`${x}.spec_sha`);
  return sql<string>`coalesce((select sp.set_sha from specs sp
    where sp.version_id = ${version} and sp.content_sha = ${spec}
      and not exists (select 1 from specs other
        where other.version_id = ${version} and other.content_sha <> ${spec}
          and (select y.success from verifications y
            where y.provider_version_id = ${version} and y.kind = 'spec' and y.spec_sha = other.content_sha
            order by y.id desc limit 1) is not true)
    limit 1), ${spec})`;
}
