import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Test support: a small real HTTP provider that conforms to {@link petsSpec}. */
export interface PetsTarget {
  url: string;
  /** Headers of every request received, in order, so tests can see what the proxy forwarded. */
  received: Array<{ method: string; url: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** Bytes the blob endpoints serve: a deterministic pattern, so tests can hash what they expect. */
export function blobBytes(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + 7) & 0xff;
  return bytes;
}

const BLOB_SIZE = 5 * 1024 * 1024;

function pet(id: number, name = `pet-${id}`): Record<string, unknown> {
  return {
    id,
    uuid: randomUUID(),
    name,
    status: id % 2 === 0 ? 'sold' : 'available',
    createdAt: new Date().toISOString(),
    birthday: '2020-02-29',
    weight: 4.5 + id,
    vaccinated: id % 2 === 1,
    tags: ['friendly'],
    owner: { id: randomUUID(), name: 'Ada', since: '2021-06-01' },
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'x-served-by': 'pets-target', 'set-cookie': 'trace=xyz' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://target');
  const [collection = '', id = ''] = url.pathname.split('/').filter((s) => s !== '');
  const route = `${req.method ?? ''} /${collection}${id === '' ? '' : '/:id'}`;
  const json = (status: number, value: unknown): void =>
    send(res, status, 'application/json', JSON.stringify(value));
  if (route === 'PUT /blobs/:id') {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of req) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    return json(200, { size, sha256: hash.digest('hex') });
  }
  const body = await readBody(req);
  if (route === 'GET /pets') {
    const limit = Number(url.searchParams.get('limit') ?? '2');
    const status = url.searchParams.get('status');
    return json(
      200,
      Array.from({ length: limit }, (_, i) => pet(i + 1)).filter((p) => !status || p.status === status),
    );
  }
  if (route === 'POST /pets')
    return json(201, pet(7, (JSON.parse(body.toString()) as { name: string }).name));
  if (route === 'GET /pets/:id')
    return Number(id) <= 100
      ? json(200, pet(Number(id)))
      : json(404, { code: 'not-found', message: `no pet ${id}` });
  if (route === 'GET /owners/:id') return json(200, { id, name: 'Ada', since: '2021-06-01' });
  if (route === 'GET /events')
    return json(200, [{ id: randomUUID(), at: new Date().toISOString(), kind: 'adopted' }]);
  if (route === 'PUT /notes/:id')
    return send(res, 200, 'text/plain; charset=utf-8', `stored: ${body.toString()}`);
  if (route === 'POST /adoptions') {
    const form = new URLSearchParams(body.toString());
    return json(201, {
      adoptionId: randomUUID(),
      receipt: randomBytes(24).toString('base64url'),
      petId: Number(form.get('petId')),
    });
  }
  if (route === 'GET /blobs/:id') return send(res, 200, 'application/octet-stream', blobBytes(BLOB_SIZE));
  json(404, { code: 'no-route', message: route });
}

/** Starts the pets provider on a free port of 127.0.0.1. */
export async function startPetsTarget(): Promise<PetsTarget> {
  const received: PetsTarget['received'] = [];
  const server = http.createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handle(req, res).catch((error: unknown) =>
      res.destroy(error instanceof Error ? error : new Error(String(error))),
    );
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
