/** Plausible values for GitHub path and query parameters, so generated requests look like real client calls. */
import type { Prng } from './prng.js';
import type { Schema } from './github-spec.js';

const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

const PATH_VALUES: Record<string, string> = {
  owner: 'octocat',
  repo: 'Hello-World',
  org: 'octo-org',
  username: 'monalisa',
  enterprise: 'octo-enterprise',
  'enterprise-team': 'platform',
  branch: 'main',
  ref: 'main',
  secret_name: 'NPM_TOKEN',
  name: 'ci',
  environment_name: 'production',
  team_slug: 'justice-league',
  package_name: 'hello-lib',
  gist_id: 'aa5a315d61ae9438b18d',
  codespace_name: 'monalisa-octocat-hello-world-g4wpq6h95q',
  subject_digest: 'sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
  client_id: 'Iv1.8a61f9b3a7aba766',
  custom_property_name: 'environment',
  commit_sha: SHA,
  sha: SHA,
  file_sha: SHA,
  tag_sha: SHA,
  tree_sha: SHA,
  path: 'README.md',
  basehead: 'main...feature-branch',
  tag: 'v1.0.0',
  base: 'main',
  head: 'feature-branch',
  archive_format: 'tarball',
  app_slug: 'octoapp',
  assignee: 'hubot',
  license: 'mit',
  language: 'javascript',
};

/** A value for a path parameter, or undefined when none fits its schema. */
export function pathValue(param: Schema, schema: Schema, rng: Prng): string | undefined {
  if (Array.isArray(schema.enum)) return String(schema.enum[0]);
  const type = schema.type ?? (schema.oneOf || schema.anyOf ? 'integer' : 'string');
  const value =
    type === 'integer' || type === 'number'
      ? String(rng.int(1, 99999))
      : (PATH_VALUES[param.name as string] ?? `${String(param.name).replace(/_/g, '-')}-1`);
  if (schema.pattern && !new RegExp(String(schema.pattern), 'u').test(value)) return undefined;
  return value;
}

/** A value for a query parameter, or undefined when the parameter is too complex to fill plausibly. */
export function queryValue(param: Schema, schema: Schema, rng: Prng): string | undefined {
  if (Array.isArray(schema.enum))
    return String(rng.pick(schema.enum.filter((v: unknown) => v !== null) as Array<string | number>));
  const name = String(param.name);
  switch (schema.type) {
    case 'integer':
    case 'number': {
      if (name === 'per_page') return rng.pick(['30', '50', '100']);
      const min = typeof schema.minimum === 'number' ? schema.minimum : 1;
      const max = typeof schema.maximum === 'number' ? schema.maximum : Math.max(min, 5);
      return String(rng.int(min, Math.min(max, min + 10)));
    }
    case 'boolean':
      return rng.pick(['true', 'false']);
    case 'string':
      if (schema.pattern) return undefined;
      if (schema.format === 'date-time' || name === 'since') return '2024-01-01T00:00:00Z';
      if (name === 'q') return 'is:open label:bug';
      if (name === 'ref') return 'main';
      return typeof schema.example === 'string' ? schema.example : 'octocat';
    default:
      return undefined;
  }
}
