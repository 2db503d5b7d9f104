import { op, page, path, query, ref, versionPath } from './operation.js';
import { latestKind } from './paths-spec-operations.js';

/** Operations on services, versions, verifications, specs. */
export const servicesPaths = {
  '/api/v1/services': {
    get: op({
      summary: 'List services (name order)',
      tag: 'services',
      parameters: page,
      ok: [200, 'A page', ref('ServicePage')],
    }),
  },
  '/api/v1/services/{name}': {
    get: op({
      summary: 'One service',
      tag: 'services',
      parameters: [path('name')],
      ok: [200, 'The service', ref('Service')],
      errors: [404],
    }),
  },
  '/api/v1/services/{name}/versions': {
    get: op({
      summary: 'List versions (newest first)',
      tag: 'versions',
      parameters: [path('name'), query('branch'), ...page],
      ok: [200, 'A page', ref('VersionPage')],
      errors: [404],
    }),
  },
  '/api/v1/services/{name}/versions/{version}': {
    get: op({
      summary: 'One version',
      tag: 'versions',
      parameters: versionPath,
      ok: [200, 'The version', ref('Version')],
      errors: [404],
    }),
    put: op({
      summary: 'Create a version (idempotent), with branch and tags',
      tag: 'versions',
      parameters: versionPath,
      body: 'VersionInput',
      ok: [200, 'The version', ref('Version')],
    }),
  },
  '/api/v1/services/{name}/versions/{version}/tags/{tag}': {
    put: op({
      summary: 'Tag a version',
      tag: 'versions',
      parameters: [...versionPath, path('tag')],
      ok: [200, 'The version', ref('Version')],
    }),
  },
  '/api/v1/services/{name}/versions/{version}/verifications': {
    get: op({
      summary: 'A version’s verifications',
      tag: 'verifications',
      parameters: versionPath,
      ok: [200, 'All of them', ref('VerificationPage')],
      errors: [404],
    }),
    post: op({
      summary: 'Record a spec verification (default) or, with contractSha, a Pact verification',
      tag: 'verifications',
      parameters: versionPath,
      body: 'RecordVerificationInput',
      ok: [201, 'Recorded', ref('Verification')],
      errors: [404],
    }),
  },
  '/api/v1/services/{name}/verification-summaries': {
    get: op({
      summary: 'Versions (newest first, paged as the version list) with their newest verifications',
      tag: 'verifications',
      parameters: [path('name'), query('branch'), ...page],
      ok: [200, 'A page', ref('VersionVerificationsPage')],
      errors: [404],
    }),
  },
  '/api/v1/services/{name}/specs': {
    get: op({
      summary: 'List specs (newest first)',
      tag: 'specs',
      parameters: [
        path('name'),
        query('version', 'Only the spec this version published (none for a version without one)'),
        ...page,
      ],
      ok: [200, 'A page', ref('SpecPage')],
      errors: [404],
    }),
    post: op({
      summary: 'Publish a spec (201 new; 200 unchanged or replaced); compares it with consumer contracts',
      tag: 'specs',
      parameters: [path('name')],
      body: 'PublishSpecInput',
      ok: [201, 'Published', ref('PublishedSpec')],
      errors: [409, 413, 422],
    }),
  },
  '/api/v1/services/{name}/specs/latest': {
    get: op({
      summary:
        'The latest spec with its content (of `kind`, when given: 404 spec.not-found when none; without it, 400 spec.kind-ambiguous once the service has OpenAPI and AsyncAPI specs)',
      tag: 'specs',
      parameters: [path('name'), latestKind],
      ok: [200, 'The spec', ref('SpecWithContent')],
      errors: [400, 404],
    }),
  },
};
