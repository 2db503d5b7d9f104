import {
  boolean,
  dateTime,
  described,
  integer,
  literal,
  nullableDateTime,
  nullableString,
  object,
  oneOf,
  ref,
  sha,
  string,
} from './schema-helpers.js';

/** Schemas of environments, deployments, the timeline, the matrix, the graph and API tokens. */

const status = oneOf('compatible', 'incompatible', 'unknown');
const verificationMark = {
  oneOf: [{ type: 'null' }, object({ success: boolean, verifiedAt: dateTime })],
};
const token = {
  id: integer,
  name: string,
  role: ref('Role'),
  createdAt: dateTime,
  revokedAt: nullableDateTime,
};

export const environmentSchemas = {
  Environment: described(
    object({ name: string, displayName: string, production: boolean, createdAt: dateTime }),
    'A place services are deployed to.',
  ),
  CreateEnvironmentInput: object(
    {
      name: described(string, 'Unique, no whitespace or slashes.'),
      displayName: string,
      production: boolean,
    },
    ['displayName', 'production'],
  ),
  DeploymentTarget: described(
    object({ service: string, version: string }),
    'The version a release is about.',
  ),
  DeploymentInput: described(
    object({ service: string, version: string, applicationInstance: string }, ['applicationInstance']),
    'The version a deployment is about; `applicationInstance` when several instances run side by side.',
  ),
  DeployedVersion: described(
    object({
      id: integer,
      service: string,
      version: string,
      environment: string,
      kind: oneOf('deployment', 'release'),
      applicationInstance: nullableString,
      current: described(boolean, 'Still deployed (or still supported).'),
      createdAt: dateTime,
      endedAt: nullableDateTime,
    }),
    'A version running in an environment: a `deployment` (replaces the previous version of the same ' +
      'application instance) or a `release` (accumulates, e.g. mobile apps).',
  ),
  Event: described(
    object({
      id: integer,
      type: string,
      service: nullableString,
      payload: described(
        { type: 'object' },
        'What happened, by event type (names, versions, shas, statuses).',
      ),
      createdAt: dateTime,
    }),
    'One entry of the timeline, e.g. `spec.published`, `verification.succeeded`, `deployment.recorded`.',
  ),
  LiveEvent: described(
    object({ id: integer, type: string, service: nullableString, createdAt: dateTime }),
    'A new timeline event, as the live stream announces it (read the timeline for its payload).',
  ),
  MatrixStatus: described(status, 'The status of one consumer version against one provider version.'),
  MatrixRow: described(
    object({
      consumer: object({ name: string, version: string, branch: nullableString }),
      provider: object({ name: string, version: nullableString, branch: nullableString }),
      contractSha: sha,
      specSha: nullableString,
      status: ref('MatrixStatus'),
      verification: described(
        object({ spec: verificationMark, pact: verificationMark }),
        'The provider version’s newest spec verification, and its newest Pact-verifier result of this contract.',
      ),
    }),
    'One consumer version × provider version (provider version null when there is none to pair with).',
  ),
  GraphEdge: described(
    object({
      consumer: string,
      provider: string,
      status: described(status, 'The pair the lens judges: its comparison and verifications.'),
      contractSha: sha,
      specSha: nullableString,
      consumerVersion: nullableString,
      consumerBranch: nullableString,
      providerVersion: described(
        nullableString,
        'The provider version judged; null: none (not deployed there).',
      ),
    }),
    'One integration through a lens, naming the pair judged.',
  ),
  ServiceGraph: described(
    object({
      lens: described(
        object({ kind: oneOf('main', 'environment'), environment: nullableString }),
        'main: each consumer’s newest main-branch contract against its provider’s newest main-branch spec; ' +
          'environment: the worst pair of versions running there (integrations with no consumer version there are left out).',
      ),
      services: {
        type: 'array',
        items: object({
          name: string,
          lastPublishedAt: described(nullableDateTime, 'Its newest version, spec or contract.'),
          lastVerifiedAt: described(nullableDateTime, 'Its newest verification as a provider.'),
        }),
      },
      integrations: { type: 'array', items: ref('GraphEdge') },
      featureBranches: described(
        { type: 'array', items: ref('GraphEdge') },
        'Main lens: integrations whose newest contract is from another branch, judged against the same spec, listed apart.',
      ),
    }),
    'Every service and every integration, in one document (the UI lays out the whole graph at once).',
  ),
  Role: oneOf('read', 'write', 'admin'),
  ApiToken: described(
    object(token),
    'An API token as listed: never the secret itself (only its hash is stored).',
  ),
  NewApiToken: described(
    object({
      ...token,
      revokedAt: { type: 'null' },
      token: described(string, 'Shown once; only its hash is stored.'),
    }),
    'A token just created: the only time its secret is shown.',
  ),
  CreateTokenInput: object({ name: string, role: ref('Role') }),
  Whoami: described(
    {
      oneOf: [
        object({ mode: literal('open') }),
        object(
          {
            mode: literal('token'),
            role: ref('Role'),
            name: described(
              string,
              "The token's name as stored (`bootstrap admin` for the start-up admin token).",
            ),
            token: described(
              object({ id: integer, name: string, createdAt: dateTime }),
              'The stored token; absent for the bootstrap admin token, which has no row.',
            ),
          },
          ['token'],
        ),
      ],
    },
    'Who the caller is: in open mode anyone may do anything; in token mode, the role of the token sent.',
  ),
};
