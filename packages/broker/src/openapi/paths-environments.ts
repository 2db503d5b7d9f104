import { json, op, page, path, query, ref } from './operation.js';

/** Operations on environments, deployments, the deploy guard, events, tokens, this document. */
export const environmentsPaths = {
  '/api/v1/environments': {
    get: op({
      summary: 'List environments (name order)',
      tag: 'environments',
      parameters: page,
      ok: [200, 'A page', ref('EnvironmentPage')],
    }),
    post: op({
      summary: 'Create an environment',
      tag: 'environments',
      body: 'CreateEnvironmentInput',
      ok: [201, 'Created', ref('Environment')],
      errors: [409],
    }),
  },
  '/api/v1/environments/{name}': {
    get: op({
      summary: 'One environment',
      tag: 'environments',
      parameters: [path('name')],
      ok: [200, 'The environment', ref('Environment')],
      errors: [404],
    }),
  },
  '/api/v1/environments/{name}/deployed-versions': {
    get: op({
      summary: 'Deployment and release history (newest first); `current=true` for what runs now',
      tag: 'deployments',
      parameters: [
        path('name'),
        { name: 'current', in: 'query', schema: { enum: ['true', 'false'] } },
        ...page,
      ],
      ok: [200, 'A page', ref('DeployedVersionPage')],
      errors: [404],
    }),
  },
  '/api/v1/environments/{name}/deployments': {
    post: op({
      summary: 'Record a deployment',
      tag: 'deployments',
      parameters: [path('name')],
      body: 'DeploymentInput',
      ok: [201, 'Recorded', ref('DeployedVersion')],
      errors: [404],
    }),
  },
  '/api/v1/environments/{name}/deployments/{service}/{version}': {
    delete: op({
      summary: 'Record an undeployment (of every instance, or of `applicationInstance`)',
      tag: 'deployments',
      parameters: [path('name'), path('service'), path('version'), query('applicationInstance')],
      ok: [204, 'Recorded'],
      errors: [404],
    }),
  },
  '/api/v1/environments/{name}/releases': {
    post: op({
      summary: 'Record a release',
      tag: 'deployments',
      parameters: [path('name')],
      body: 'DeploymentTarget',
      ok: [201, 'Recorded', ref('DeployedVersion')],
      errors: [404],
    }),
  },
  '/api/v1/environments/{name}/releases/{service}/{version}': {
    delete: op({
      summary: 'Record that support for a release ended',
      tag: 'deployments',
      parameters: [path('name'), path('service'), path('version')],
      ok: [204, 'Recorded'],
      errors: [404],
    }),
  },
  '/api/v1/deploy-guard': {
    get: op({
      summary: 'Is it safe to deploy service@version to environment? Verdict with every reason',
      tag: 'deploy-guard',
      parameters: [
        query('service', undefined, true),
        query('version', undefined, true),
        query('environment', undefined, true),
      ],
      ok: [200, 'The answer', ref('DeployGuardAnswer')],
      errors: [404],
    }),
  },
  '/api/v1/events': {
    get: op({
      summary: 'The timeline (newest first)',
      tag: 'events',
      parameters: [
        query(
          'service',
          'events filed under it, and comparisons and verifications naming it as the consumer',
        ),
        query('type'),
        query('since', 'a date (UTC) or a date-time with offset: events at or after it'),
        query('until', 'a date (UTC) or a date-time with offset: events before it'),
        ...page,
      ],
      ok: [200, 'A page', ref('EventPage')],
      errors: [404],
    }),
  },
  '/api/v1/tokens': {
    get: op({
      summary: 'List API tokens (admin)',
      tag: 'tokens',
      parameters: page,
      ok: [200, 'A page', ref('ApiTokenPage')],
    }),
    post: op({
      summary: 'Create an API token (admin); the token is in this response only',
      tag: 'tokens',
      body: 'CreateTokenInput',
      ok: [201, 'Created', ref('NewApiToken')],
    }),
  },
  '/api/v1/whoami': {
    get: op({
      summary: "The caller's own access: open mode, or the token's role and name (never its secret)",
      tag: 'tokens',
      ok: [200, 'The caller', ref('Whoami')],
    }),
  },
  '/api/v1/tokens/{id}': {
    delete: op({
      summary: 'Revoke an API token (admin)',
      tag: 'tokens',
      parameters: [path('id')],
      ok: [204, 'Revoked'],
      errors: [404],
    }),
  },
  '/api/v1/openapi.json': {
    get: {
      summary: 'This document',
      tags: ['meta'],
      responses: { '200': { description: 'OpenAPI 3.1', ...json({ type: 'object' }) } },
    },
  },
};
