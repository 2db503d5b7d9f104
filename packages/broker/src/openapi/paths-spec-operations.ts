import { op, path, ref, type Parameter } from './operation.js';

/** `?kind=` of the latest-spec routes. */
export const latestKind: Parameter = {
  name: 'kind',
  in: 'query',
  description:
    'openapi or asyncapi: needed once the service has published both (else 400 spec.kind-ambiguous naming them).',
  schema: { enum: ['openapi', 'asyncapi'] },
};

/** The latest spec's operations and schemas, as the UI shows them. */
export const specOperationsPaths = {
  '/api/v1/services/{name}/specs/latest/operations': {
    get: op({
      summary: 'The operations and named schemas of the latest spec (read through the spec loader)',
      tag: 'specs',
      parameters: [path('name'), latestKind],
      ok: [200, 'Operations and schemas', ref('SpecOperations')],
      errors: [400, 404, 422],
    }),
  },
};
