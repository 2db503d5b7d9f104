import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * Test support: a small OpenAPI 3.0 pets API, and a real provider that answers some requests as it says and
 * others not (each pet id drifts in its own way), so a drift proxy has both to tell apart.
 */
export const driftSpec: Record<string, unknown> = {
  openapi: '3.0.3',
  info: { title: 'pets', version: '1.0.0' },
  paths: {
    '/pets': {
      get: {
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } }],
        responses: { '200': { description: 'pets', content: json({ type: 'array', items: ref('Pet') }) } },
      },
      post: {
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: json({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
        },
        responses: { '201': { description: 'created', content: json(ref('Pet')) } },
      },
    },
    '/pets/{petId}': {
      get: {
        parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: {
          '200': {
            description: 'a pet',
            headers: { 'X-Rate-Limit': { required: true, schema: { type: 'integer' } } },
            content: json(ref('Pet')),
          },
          '404': { description: 'no such pet', content: json(ref('Problem')) },
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Pet: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'integer' }, name: { type: 'string' }, tag: { type: 'string' } },
      },
      Problem: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
    },
  },
};

function json(schema: unknown) {
  return { 'application/json': { schema } };
}

function ref(name: string) {
  return { $ref: `#/components/schemas/${name}` };
}

/** How the provider answers `GET /pets/{id}`: ids 1, 7 and 9 conform, the others drift as named. */
export const PET_ANSWERS = {
  1: 'conforms',
  2: 'id is a string (response.body.incompatible)',
  3: 'an undeclared field nickname (response.body.incompatible)',
  4: 'the required X-Rate-Limit header is missing (response.header.incompatible)',
  5: 'status 418, not documented (response.status.unknown)',
  6: 'text/plain where JSON is documented (response.content-type.incompatible)',
  7: 'conforms, gzip-encoded',
  8: 'a 2 KiB name: conforms, but larger than a small capture limit',
  9: '404 as documented',
} as const;

export interface DriftingPets {
  url: string;
  /** Requests received, `METHOD url`, so a test sees what reached the provider. */
  received: string[];
  close(): Promise<void>;
}

function answerPet(id: number, res: ServerResponse): void {
  const ok = { 'content-type': 'application/json', 'x-rate-limit': '10' };
  const body = (value: unknown) => JSON.stringify(value);
  switch (id) {
    case 1:
      return void res.writeHead(200, ok).end(body({ id: 1, name: 'Rex' }));
    case 2:
      return void res.writeHead(200, ok).end(body({ id: '2', name: 'Tom' }));
    case 3:
      return void res.writeHead(200, ok).end(body({ id: 3, name: 'Kit', nickname: 'kitty' }));
    case 4:
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(body({ id: 4, name: 'Bo' }));
    case 5:
      return void res.writeHead(418, ok).end(body({ id: 5, name: 'Pot' }));
    case 6:
      return void res.writeHead(200, { 'content-type': 'text/plain', 'x-rate-limit': '10' }).end('Fido');
    case 7:
      return void res
        .writeHead(200, { ...ok, 'content-encoding': 'gzip' })
        .end(gzipSync(body({ id: 7, name: 'Zip', tag: 'small' })));
    case 8:
      return void res.writeHead(200, ok).end(body({ id: 8, name: 'x'.repeat(2048) }));
    default:
      return void res.writeHead(404, { 'content-type': 'application/json' }).end(body({ message: 'no pet' }));
  }
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  for await (const chunk of req) void chunk; // read the body whatever it is: the provider is lenient
  const url = new URL(req.url ?? '/', 'http://pets');
  const id = /^\/pets\/(\d+)$/.exec(url.pathname)?.[1];
  if (req.method === 'GET' && id !== undefined) return answerPet(Number(id), res);
  if (req.method === 'GET' && url.pathname === '/pets')
    return void res.writeHead(200, { 'content-type': 'application/json' }).end('[{"id":1,"name":"Rex"}]');
  if (req.method === 'POST' && url.pathname === '/pets')
    return void res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":10,"name":"New"}');
  res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"no route"}');
}

/** Starts the drifting provider on a free port of 127.0.0.1. */
export async function startDriftingPets(): Promise<DriftingPets> {
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    received.push(`${req.method ?? ''} ${req.url ?? ''}`);
    handle(req, res).catch((error: unknown) => res.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
