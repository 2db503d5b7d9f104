import { op, path, ref } from './operation.js';

/** The latest spec's operations and schemas, as the UI shows them. */
export const specOperationsPaths = {
  '/api/v1/services/{name}/specs/latest/operations': {
    get: op({
      summary: 'The operations and named schemas of the latest spec (read through the spec loader)',
      tag: 'specs',
      parameters: [path('name')],
      ok: [200, 'Operations and schemas', ref('SpecOperations')],
      errors: [404, 422],
    }),
  },
};
