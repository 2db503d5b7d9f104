import { op, ref, versionPath, type Parameter } from './operation.js';

const kind: Parameter = {
  name: 'kind',
  in: 'query',
  description: 'openapi or asyncapi: needed when the version has both (else 400 spec.kind-ambiguous).',
  schema: { enum: ['openapi', 'asyncapi'] },
};

/** A version's own spec, with its content (what `signet test --version` verifies against). */
export const versionSpecsPaths = {
  '/api/v1/services/{name}/versions/{version}/spec': {
    get: op({
      summary:
        'The spec this version published, with its content (404 spec.not-found when it published none)',
      tag: 'specs',
      parameters: [...versionPath, kind],
      ok: [200, 'The spec', ref('SpecWithContent')],
      errors: [400, 404],
    }),
  },
  '/api/v1/services/{name}/versions/{version}/spec/operations': {
    get: op({
      summary:
        'The operations and named schemas of the spec this version published (404 spec.not-found when none)',
      tag: 'specs',
      parameters: [...versionPath, kind],
      ok: [200, 'Operations and schemas', ref('SpecOperations')],
      errors: [400, 404, 422],
    }),
  },
};
