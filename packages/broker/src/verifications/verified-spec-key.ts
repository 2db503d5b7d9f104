import { sql, type RawBuilder } from 'kysely';

/**
 * SQL for the comparison key of the spec a verification row (alias `x`) names. A spec verification is of one
 * spec (`spec_sha`, what was tested); a provider version with an OpenAPI and an AsyncAPI spec is compared under its
 * spec set's key (`specs.set_sha`), so every reader joining a verified spec to its comparisons maps it here. A spec
 * that is not one of the version's own (a verification against another spec) keeps its own sha.
 */
export function verifiedSpecKey(x: string): RawBuilder<string> {
  const version = sql.ref(`${x}.provider_version_id`);
  const spec = sql.ref(`${x}.spec_sha`);
  return sql<string>`coalesce((select sp.set_sha from specs sp
    where sp.version_id = ${version} and sp.content_sha = ${spec} limit 1), ${spec})`;
}
