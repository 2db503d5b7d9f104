import { op, path, query, ref } from './operation.js';

/** A candidate spec's impact on consumers, and who uses what in the latest spec. */
export const specImpactPaths = {
  '/api/v1/services/{name}/spec-impact': {
    post: op({
      summary:
        'The changes from the latest spec to a candidate, each with the consumers it breaks (nothing stored)',
      tag: 'specs',
      parameters: [path('name')],
      body: 'SpecImpactInput',
      ok: [200, 'The impact', ref('SpecImpactAnswer')],
      errors: [404, 413, 422],
    }),
  },
  '/api/v1/services/{name}/usage': {
    get: op({
      summary: 'Which consumer interactions rely on each part of the latest spec',
      tag: 'specs',
      parameters: [
        path('name'),
        query('environment', 'Count the consumer versions deployed or released there.'),
        query('branch', 'Count each consumer’s latest version on this branch (default: its main branch).'),
      ],
      ok: [200, 'The usage', ref('SpecUsageAnswer')],
      errors: [404, 422],
    }),
  },
};
