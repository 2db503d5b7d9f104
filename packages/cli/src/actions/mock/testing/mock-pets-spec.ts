/** An OpenAPI 3.0 pets API exercising every rule the mock checks: parameters of each kind, security, bodies, examples. */
export const mockPetsSpec = {
  openapi: '3.0.3',
  info: { title: 'pets', version: '1' },
  servers: [{ url: 'http://pets.test/v1' }],
  components: {
    securitySchemes: {
      key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      bearer: { type: 'http', scheme: 'bearer' },
    },
    schemas: {
      Pet: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'integer', minimum: 1 },
          name: { type: 'string', minLength: 1 },
          tag: { type: 'string', enum: ['cat', 'dog'] },
        },
        additionalProperties: false,
      },
      Problem: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
    },
  },
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        parameters: [
          { name: 'limit', in: 'query', required: true, schema: { type: 'integer', maximum: 50 } },
          {
            name: 'tags',
            in: 'query',
            schema: { type: 'array', items: { type: 'string', enum: ['cat', 'dog'] } },
          },
          { name: 'X-Trace', in: 'header', schema: { type: 'string', pattern: '^[a-f0-9]+$' } },
          { name: 'session', in: 'cookie', schema: { type: 'string', minLength: 3 } },
        ],
        responses: {
          '200': {
            description: 'pets',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } },
            },
          },
        },
      },
      post: {
        operationId: 'addPet',
        security: [{ key: [] }, { bearer: [] }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
        },
        responses: {
          '201': {
            description: 'added',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          },
        },
      },
    },
    '/pets/{petId}': {
      parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
      get: {
        operationId: 'getPet',
        responses: {
          '200': {
            description: 'a pet',
            headers: {
              'X-Rate-Limit': { required: true, schema: { type: 'integer', minimum: 0, maximum: 100 } },
            },
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Pet' },
                examples: {
                  cat: { value: { id: 1, name: 'Tom', tag: 'cat' } },
                  dog: { value: { id: 2, name: 'Rex', tag: 'dog' } },
                  broken: { value: { id: 'three', name: 'Kit' } },
                },
              },
            },
          },
          '404': {
            description: 'missing',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Problem' },
                example: { message: 'no such pet' },
              },
            },
          },
        },
      },
      delete: { operationId: 'deletePet', responses: { '204': { description: 'deleted' } } },
    },
  },
};
