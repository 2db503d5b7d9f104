import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../main.js';
import type { Io } from '../output/io.js';

function captureIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    color: false,
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
  };
  return io;
}

// A provider that serves GET /users/{id} and sends userCreated messages; a consumer with one of each.
const openapi = `openapi: 3.0.3
info: { title: Users, version: '1' }
paths:
  /users/{id}:
    get:
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
`;
const asyncapi = `asyncapi: 3.0.0
info: { title: Users, version: '1' }
defaultContentType: application/json
channels:
  users:
    messages:
      created:
        payload:
          type: object
          properties:
            userId: { type: string }
operations:
  onUserCreated:
    action: send
    channel: { $ref: '#/channels/users' }
`;
const pact = (userId: unknown) =>
  JSON.stringify({
    consumer: { name: 'c' },
    provider: { name: 'users' },
    interactions: [
      {
        type: 'Synchronous/HTTP',
        description: 'get a user',
        request: { method: 'GET', path: '/users/1' },
        response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: '1' } },
      },
      {
        type: 'Asynchronous/Messages',
        description: 'a user created',
        comments: { references: { AsyncAPI: { operationId: 'onUserCreated' } } },
        contents: { content: { userId }, contentType: 'application/json', encoded: false },
      },
    ],
    metadata: { pactSpecification: { version: '4.0' } },
  });

let dir = '';
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'signet-compare-specs-'));
  await writeFile(file('openapi.yaml'), openapi);
  await writeFile(file('openapi-copy.yaml'), openapi);
  await writeFile(file('asyncapi.yaml'), asyncapi);
  await writeFile(file('good.json'), pact('u1'));
  await writeFile(file('bad.json'), pact(42));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function compareWith(specs: string[], contract: string, extra: string[] = []) {
  const io = captureIo();
  const args = specs.flatMap((spec) => ['--spec', file(spec)]);
  const code = await run(['compare', ...args, '--contract', file(contract), ...extra], io);
  return { code, ...io };
}

describe('signet compare --spec, repeated', () => {
  it('checks HTTP interactions against the OpenAPI spec and messages against the AsyncAPI one, in either order', async () => {
    for (const specs of [
      ['openapi.yaml', 'asyncapi.yaml'],
      ['asyncapi.yaml', 'openapi.yaml'],
    ]) {
      const { code, stdout } = await compareWith(specs, 'good.json', ['--json']);
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as { compatible: boolean; findings: Array<{ code: string }> };
      expect(result.compatible).toBe(true);
      expect(result.findings.map((f) => f.code)).toEqual(['message.matched']);
    }
  });

  it('with one spec, the interactions of the other kind are errors, not skipped', async () => {
    const httpOnly = await compareWith(['openapi.yaml'], 'good.json', ['--json']);
    expect(httpOnly.code).toBe(1);
    expect(httpOnly.stdout).toContain('message.spec.missing');
    const messagesOnly = await compareWith(['asyncapi.yaml'], 'good.json', ['--json']);
    expect(messagesOnly.code).toBe(1);
    expect(messagesOnly.stdout).toContain('request.path-or-method.unknown');
  });

  it('exits 1 on a message the AsyncAPI spec refuses, and the report points it at the AsyncAPI file', async () => {
    const { code, stdout } = await compareWith(['openapi.yaml', 'asyncapi.yaml'], 'bad.json', [
      '--format',
      'github',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('message.no.match');
    expect(stdout).toMatch(/spec: [^\n]*asyncapi\.yaml:\d+ at \[root\]\.operations\.onUserCreated/);
    expect(stdout).not.toMatch(/openapi\.yaml:\d+ at \[root\]\.operations/);
  });

  it('exits 2 on two specs of one kind (compare would read only the first)', async () => {
    const { code, stderr } = await compareWith(['openapi.yaml', 'openapi-copy.yaml'], 'good.json');
    expect(code).toBe(2);
    expect(stderr).toContain('--spec given 2 OpenAPI/Swagger specs');
    expect(stderr).toContain('openapi-copy.yaml');
  });

  it('exits 2 when one of the specs does not load, naming it', async () => {
    await writeFile(file('broken.yaml'), 'asyncapi: 1.0.0\ninfo: { title: x, version: "1" }\n');
    const { code, stderr } = await compareWith(['openapi.yaml', 'broken.yaml'], 'good.json');
    expect(code).toBe(2);
    expect(stderr).toContain('broken.yaml');
  });
});

describe('signet test --spec', () => {
  it('refuses an AsyncAPI spec with exit 2: it sends HTTP requests, and verifying no operation must not pass', async () => {
    const io = captureIo();
    const code = await run(
      ['test', '--provider-url', 'http://127.0.0.1:9', '--spec', file('asyncapi.yaml')],
      io,
    );
    expect(code).toBe(2);
    expect(io.stderr).toContain('is an AsyncAPI document');
  });
});
