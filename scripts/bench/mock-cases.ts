/**
 * The spec both mock servers serve in the `mock` benchmark section, the requests of the throughput workload, and
 * the valid and invalid requests whose verdicts (accepted or refused) are compared.
 */

const pet = {
  type: 'object',
  required: ['id', 'name'],
  properties: {
    id: { type: 'integer', minimum: 1 },
    name: { type: 'string', minLength: 1 },
    tag: { type: 'string' },
    age: { type: 'integer', minimum: 0 },
  },
};
const petExample = { id: 7, name: 'Rex', tag: 'dog', age: 3 };
const json = (schema: unknown, example?: unknown) => ({
  'application/json': { schema, ...(example !== undefined && { example }) },
});

/** OpenAPI 3.0: parameters of each kind, two security schemes, a JSON body with limits, examples to answer from. */
export const benchSpec = {
  openapi: '3.0.3',
  info: { title: 'pets', version: '1.0.0' },
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
          { name: 'status', in: 'query', schema: { type: 'string', enum: ['available', 'sold'] } },
        ],
        responses: {
          '200': { description: 'pets', content: json({ type: 'array', items: pet }, [petExample]) },
        },
      },
      post: {
        operationId: 'createPet',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: {
              name: { type: 'string', minLength: 1 },
              tag: { type: 'string' },
              age: { type: 'integer', minimum: 0 },
            },
          }),
        },
        responses: { '201': { description: 'created', content: json(pet, petExample) } },
      },
    },
    '/pets/{petId}': {
      parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
      get: {
        operationId: 'getPet',
        parameters: [{ name: 'X-Request-Id', in: 'header', schema: { type: 'string', format: 'uuid' } }],
        responses: { '200': { description: 'a pet', content: json(pet, petExample) } },
      },
      delete: {
        operationId: 'deletePet',
        security: [{ apiKey: [] }],
        responses: { '204': { description: 'deleted' } },
      },
    },
    '/me': {
      get: {
        operationId: 'me',
        parameters: [{ name: 'session', in: 'cookie', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'who is signed in',
            content: json(
              { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
              { name: 'Ada' },
            ),
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
  },
};

export interface BenchRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

const AUTH = { authorization: 'Bearer t0ken' };
const JSON_TYPE = { 'content-type': 'application/json' };

/** The throughput workload: valid requests both servers answer from examples, cycled by every client. */
export const WORKLOAD: BenchRequest[] = [
  { method: 'GET', path: '/pets?limit=10&status=sold' },
  { method: 'GET', path: '/pets/7', headers: { 'x-request-id': '3f2b8c9e-1d4a-4b6f-9e2d-7a1c5b3e8f00' } },
  {
    method: 'POST',
    path: '/pets',
    headers: { ...AUTH, ...JSON_TYPE },
    body: '{"name":"Rex","tag":"dog","age":3}',
  },
  { method: 'GET', path: '/me', headers: { cookie: 'session=abc' } },
];

export interface VerdictCase {
  name: string;
  /** Whether the spec allows the request. */
  valid: boolean;
  request: BenchRequest;
  /** Why Prism's verdict differs from the spec's, where it was seen to (printed only when it does). */
  prismDiffers?: string;
}

const post = (body: string | undefined, headers: Record<string, string> = { ...AUTH, ...JSON_TYPE }) => ({
  method: 'POST',
  path: '/pets',
  headers,
  ...(body !== undefined && { body }),
});

/** Valid requests, then one invalid request per rule (each breaks exactly one). */
export const VERDICT_CASES: VerdictCase[] = [
  { name: 'list, no parameters', valid: true, request: { method: 'GET', path: '/pets' } },
  {
    name: 'list with limit and status',
    valid: true,
    request: { method: 'GET', path: '/pets?limit=10&status=sold' },
  },
  { name: 'limit at its maximum (100)', valid: true, request: { method: 'GET', path: '/pets?limit=100' } },
  { name: 'get one pet', valid: true, request: { method: 'GET', path: '/pets/7' } },
  {
    name: 'get with a uuid X-Request-Id',
    valid: true,
    request: {
      method: 'GET',
      path: '/pets/7',
      headers: { 'x-request-id': '3f2b8c9e-1d4a-4b6f-9e2d-7a1c5b3e8f00' },
    },
  },
  { name: 'create with the required field', valid: true, request: post('{"name":"Rex"}') },
  { name: 'create with every field', valid: true, request: post('{"name":"Rex","tag":"dog","age":3}') },
  {
    name: 'create with a JSON charset',
    valid: true,
    request: post('{"name":"Rex"}', { ...AUTH, 'content-type': 'application/json; charset=utf-8' }),
  },
  {
    name: 'delete with the API key',
    valid: true,
    request: { method: 'DELETE', path: '/pets/7', headers: { 'x-api-key': 'k' } },
  },
  {
    name: 'me with the session cookie',
    valid: true,
    request: { method: 'GET', path: '/me', headers: { cookie: 'session=abc' } },
  },
  { name: 'limit below its minimum (0)', valid: false, request: { method: 'GET', path: '/pets?limit=0' } },
  {
    name: 'limit above its maximum (101)',
    valid: false,
    request: { method: 'GET', path: '/pets?limit=101' },
  },
  { name: 'limit not an integer', valid: false, request: { method: 'GET', path: '/pets?limit=abc' } },
  { name: 'status not in its enum', valid: false, request: { method: 'GET', path: '/pets?status=lost' } },
  { name: 'path id not an integer', valid: false, request: { method: 'GET', path: '/pets/abc' } },
  { name: 'path id below its minimum', valid: false, request: { method: 'GET', path: '/pets/0' } },
  {
    name: 'X-Request-Id not a uuid',
    valid: false,
    request: { method: 'GET', path: '/pets/7', headers: { 'x-request-id': 'not-a-uuid' } },
  },
  { name: 'create without credentials', valid: false, request: post('{"name":"Rex"}', JSON_TYPE) },
  {
    name: 'create with Basic instead of Bearer',
    valid: false,
    request: post('{"name":"Rex"}', { authorization: 'Basic dTpw', ...JSON_TYPE }),
  },
  { name: 'create without the required name', valid: false, request: post('{}') },
  { name: 'create with an empty name (minLength)', valid: false, request: post('{"name":""}') },
  { name: 'create with a negative age', valid: false, request: post('{"name":"Rex","age":-1}') },
  { name: 'create with an undeclared field', valid: false, request: post('{"name":"Rex","color":"red"}') },
  {
    name: 'create with a text/plain body',
    valid: false,
    request: post('name=Rex', { ...AUTH, 'content-type': 'text/plain' }),
  },
  { name: 'create with malformed JSON', valid: false, request: post('{"name":') },
  { name: 'create without the required body', valid: false, request: post(undefined, AUTH) },
  { name: 'delete without the API key', valid: false, request: { method: 'DELETE', path: '/pets/7' } },
  {
    name: 'me without the session cookie',
    valid: false,
    request: { method: 'GET', path: '/me' },
    prismDiffers:
      'Prism 5 validates path, query and header parameters and bodies, but not cookie parameters: a ' +
      'request missing a required cookie is answered 200 from the example.',
  },
  { name: 'unknown path', valid: false, request: { method: 'GET', path: '/owners/1' } },
  { name: 'method the path does not have', valid: false, request: { method: 'PATCH', path: '/pets/7' } },
];
