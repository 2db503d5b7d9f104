import { boolean, described, nullableString, object, oneOf, ref, string, strings } from './schema-helpers.js';

/** Each media type with its JSON Schema as translated (`$ref`s are `#/…` pointers into the spec), or null. */
const mediaTypes = {
  type: 'array',
  items: object({ contentType: string, schema: { description: 'JSON Schema (as translated), or null' } }),
};

/** Schemas of a spec's operations and named schemas, as the broker reads them with its spec loader. */
export const specOperationSchemas = {
  SpecOperation: described(
    object({
      method: string,
      path: string,
      operationId: nullableString,
      summary: nullableString,
      parameters: {
        type: 'array',
        items: object({
          name: string,
          in: string,
          required: boolean,
          schema: { description: 'JSON Schema of the value (as translated), or null' },
        }),
      },
      requestBody: {
        oneOf: [{ type: 'null' }, object({ required: boolean, contentTypes: strings, content: mediaTypes })],
      },
      responses: {
        type: 'array',
        items: object({
          status: string,
          contentTypes: strings,
          schema: { description: 'JSON Schema of the first media type (as translated), or null' },
          content: mediaTypes,
        }),
      },
    }),
    'One operation of a spec.',
  ),
  SpecOperations: described(
    object({
      service: string,
      version: nullableString,
      contentSha: string,
      kind: oneOf('openapi', 'asyncapi'),
      format: oneOf('swagger-2.0', 'openapi-3.0', 'openapi-3.1', 'asyncapi-2', 'asyncapi-3'),
      title: nullableString,
      operations: { type: 'array', items: ref('SpecOperation') },
      schemas: described({ type: 'object' }, 'Named schemas as written (components.schemas or definitions)'),
    }),
    'The operations and named schemas of a provider’s latest spec.',
  ),
};
