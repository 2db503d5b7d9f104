/**
 * Test support: the OpenAPI 3.0 document the {@link startPetsTarget} server conforms to. Every response
 * field it sends is declared, as a consumer-driven comparison requires.
 */
const pet = {
  type: 'object',
  required: ['id', 'uuid', 'name'],
  properties: {
    id: { type: 'integer' },
    uuid: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    status: { type: 'string', enum: ['available', 'sold'] },
    createdAt: { type: 'string', format: 'date-time' },
    birthday: { type: 'string', format: 'date' },
    weight: { type: 'number' },
    vaccinated: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    owner: { $ref: '#/components/schemas/Owner' },
  },
};

const json = (schema: unknown) => ({ 'application/json': { schema } });
const problem = { description: 'not found', content: json({ $ref: '#/components/schemas/Problem' }) };

/** The pets API, as a parsed OpenAPI document. */
export const petsSpec: Record<string, unknown> = {
  openapi: '3.0.3',
  info: { title: 'pets', version: '1.0.0' },
  paths: {
    '/pets': {
      get: {
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'status', in: 'query', schema: { type: 'string', enum: ['available', 'sold'] } },
          { name: 'x-client-version', in: 'header', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'pets',
            content: json({ type: 'array', items: { $ref: '#/components/schemas/Pet' } }),
          },
        },
      },
      post: {
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
          }),
        },
        responses: { '201': { description: 'created', content: json({ $ref: '#/components/schemas/Pet' }) } },
      },
    },
    '/pets/{petId}': {
      parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'integer' } }],
      get: {
        responses: {
          '200': { description: 'a pet', content: json({ $ref: '#/components/schemas/Pet' }) },
          '404': problem,
        },
      },
    },
    '/owners/{ownerId}': {
      get: {
        security: [{ apiKey: [] }],
        parameters: [
          { name: 'ownerId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
        ],
        responses: {
          '200': { description: 'an owner', content: json({ $ref: '#/components/schemas/Owner' }) },
        },
      },
    },
    '/events': {
      get: {
        parameters: [
          { name: 'since', in: 'query', required: true, schema: { type: 'string', format: 'date-time' } },
        ],
        responses: {
          '200': {
            description: 'events',
            content: json({
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string', format: 'uuid' },
                  at: { type: 'string', format: 'date-time' },
                  kind: { type: 'string' },
                },
              },
            }),
          },
        },
      },
    },
    '/notes/{noteId}': {
      parameters: [{ name: 'noteId', in: 'path', required: true, schema: { type: 'integer' } }],
      put: {
        requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string' } } } },
        responses: {
          '200': { description: 'stored', content: { 'text/plain': { schema: { type: 'string' } } } },
        },
      },
    },
    '/adoptions': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['petId', 'adopter'],
                properties: { petId: { type: 'integer' }, adopter: { type: 'string' } },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'adopted',
            content: json({
              type: 'object',
              properties: {
                adoptionId: { type: 'string', format: 'uuid' },
                receipt: { type: 'string' },
                petId: { type: 'integer' },
              },
            }),
          },
        },
      },
    },
    '/blobs/{blobId}': {
      parameters: [{ name: 'blobId', in: 'path', required: true, schema: { type: 'integer' } }],
      get: {
        responses: {
          '200': {
            description: 'bytes',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
      put: {
        requestBody: {
          required: true,
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
        responses: {
          '200': {
            description: 'stored',
            content: json({
              type: 'object',
              properties: { size: { type: 'integer' }, sha256: { type: 'string' } },
            }),
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
    },
    schemas: {
      Pet: pet,
      Owner: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          name: { type: 'string' },
          since: { type: 'string', format: 'date' },
        },
      },
      Problem: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};
