import { op, path } from './operation.js';

const strings = { type: 'array', items: { type: 'string' } };
const specOperations = {
  type: 'object',
  required: ['service', 'version', 'contentSha', 'format', 'title', 'operations', 'schemas'],
  properties: {
    service: { type: 'string' },
    version: { type: ['string', 'null'] },
    contentSha: { type: 'string' },
    format: { type: 'string', enum: ['swagger-2.0', 'openapi-3.0', 'openapi-3.1'] },
    title: { type: ['string', 'null'] },
    operations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['method', 'path', 'operationId', 'summary', 'parameters', 'requestBody', 'responses'],
        properties: {
          method: { type: 'string' },
          path: { type: 'string' },
          operationId: { type: ['string', 'null'] },
          summary: { type: ['string', 'null'] },
          parameters: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name', 'in', 'required'],
              properties: { name: { type: 'string' }, in: { type: 'string' }, required: { type: 'boolean' } },
            },
          },
          requestBody: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                required: ['required', 'contentTypes'],
                properties: { required: { type: 'boolean' }, contentTypes: strings },
              },
            ],
          },
          responses: {
            type: 'array',
            items: {
              type: 'object',
              required: ['status', 'contentTypes', 'schema'],
              properties: {
                status: { type: 'string' },
                contentTypes: strings,
                schema: { description: 'JSON Schema of the first media type (as translated), or null' },
              },
            },
          },
        },
      },
    },
    schemas: { type: 'object', description: 'Named schemas as written (components.schemas or definitions)' },
  },
};

/** The latest spec's operations and schemas, as the UI shows them. */
export const specOperationsPaths = {
  '/api/v1/services/{name}/specs/latest/operations': {
    get: op({
      summary: 'The operations and named schemas of the latest spec (read through the spec loader)',
      tag: 'specs',
      parameters: [path('name')],
      ok: [200, 'Operations and schemas', specOperations],
      errors: [404, 422],
    }),
  },
};
