import {
  boolean,
  dateTime,
  described,
  integer,
  nullableString,
  object,
  oneOf,
  ref,
  string,
  strings,
} from './schema-helpers.js';

/** Schemas of problems, services, versions and verifications. */
export const serviceSchemas = {
  Problem: described(
    object(
      {
        type: string,
        code: string,
        title: string,
        status: integer,
        detail: string,
        requestId: string,
        issues: described(
          { type: 'array', items: object({ path: string, message: string }) },
          'On 400 `request.invalid`: each invalid part of the request (`body.events.0`, `query.limit`) and why.',
        ),
        location: described(
          string,
          'Where in the request or its document the problem is (a JSON path, or a line and column of a spec).',
        ),
      },
      ['issues', 'location'],
    ),
    'RFC 9457 problem details; `code` is stable and safe to match on.',
  ),
  Service: described(
    object({
      name: string,
      mainBranch: described(
        nullableString,
        'The branch whose head counts as "main" (the first of develop/main/master published, unless set).',
      ),
      createdAt: dateTime,
    }),
    'A deployable application. Services are created by publishing; there is no create call.',
  ),
  Version: described(
    object({
      service: string,
      number: described(string, 'The version number, e.g. a git SHA.'),
      branch: described(nullableString, 'The first branch the version was put on (`branches` has them all).'),
      branches: described(strings, 'Every branch the version is on, in the order it was put on them.'),
      buildUrl: described(
        nullableString,
        'The CI build that made it, as its publisher said (the latest given).',
      ),
      tags: strings,
      createdAt: dateTime,
    }),
    'One build of a service.',
  ),
  VersionInput: described(
    object({ branch: string, tags: strings, buildUrl: string }, ['branch', 'tags', 'buildUrl']),
    'Branch, tags and build URL to give a version when creating it (or to add to one that exists; a build URL replaces the stored one).',
  ),
  Verification: described(
    object({
      id: integer,
      kind: oneOf('spec', 'pact'),
      specSha: nullableString,
      contractSha: nullableString,
      success: boolean,
      results: { type: 'array' },
      buildUrl: nullableString,
      createdAt: dateTime,
    }),
    'A provider verification: `spec` (the version implements a spec, e.g. `signet test`) or `pact` (the Pact ' +
      'verifier replayed one contract content against it).',
  ),
  VerificationSummary: described(
    object({
      id: integer,
      kind: oneOf('spec', 'pact'),
      specSha: nullableString,
      contractSha: nullableString,
      success: boolean,
      createdAt: dateTime,
    }),
    'A verification without its per-check results (the version’s verification list has them).',
  ),
  VersionVerifications: described(
    object({
      version: ref('Version'),
      spec: described(
        { oneOf: [{ type: 'null' }, ref('VerificationSummary')] },
        'The newest spec verification (a later failure supersedes an earlier success), or null.',
      ),
      pact: described(
        { oneOf: [{ type: 'null' }, ref('VerificationSummary')] },
        'The newest Pact-verifier result, whichever contract it verified, or null.',
      ),
    }),
    'A version with its newest verifications.',
  ),
  RecordVerificationInput: object(
    {
      success: boolean,
      results: described({ type: 'array' }, 'Per-check details, kept as given (at most 10,000).'),
      buildUrl: { type: 'string', format: 'uri' },
      specSha: described(
        string,
        'Spec verification (the default) of this spec content; default: the version’s own spec.',
      ),
      contractSha: described(
        string,
        'Pact verification of this contract content instead. Not with `specSha`.',
      ),
    },
    ['results', 'buildUrl', 'specSha', 'contractSha'],
  ),
};
