import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContract } from '@signet/core';
import type { HttpRequest } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockRequest } from '../http/mock-exchange.js';
import { startTestMock } from '../testing/mock-harness.js';
import type { MockServer } from '../http/mock-server.js';
import { contractReplay } from './contract-responder.js';

/**
 * The Pact specification's request cases, replayed over HTTP: the case's expected request is the contract's only
 * interaction, its actual request is sent to the mock, and the mock must answer the interaction (200) exactly when
 * the case says the two match. Two things HTTP itself cannot carry are sent as HTTP carries them: an empty path
 * goes on the request line as '/', and a folded header value (obs-fold) is unfolded to one line, as RFC 9112 lets
 * a recipient do.
 */
const root = fileURLToPath(new URL('../../../../../core/test-fixtures/pact-specification/', import.meta.url));
const VERSIONS = [
  { folder: 'version-1', version: '1.0.0' },
  { folder: 'version-1.1', version: '1.1.0' },
  { folder: 'version-2', version: '2.0.0' },
  { folder: 'version-3', version: '3.0.0' },
  { folder: 'version-4', version: '4.0' },
];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
    )
    .sort();
}

interface Case {
  match: boolean;
  comment: string;
  expected: unknown;
  actual: unknown;
}

/** One request as a contract holds it, in the case's Pact version. */
function asRequest(request: unknown, version: string): HttpRequest {
  const interaction = { description: 'case', request: withDefaults(request), response: { status: 200 } };
  const contract = parseContract({
    consumer: { name: 'c' },
    provider: { name: 'p' },
    metadata: { pactSpecification: { version } },
    interactions: [version.startsWith('4') ? { type: 'Synchronous/HTTP', ...interaction } : interaction],
  });
  const parsed = contract.interactions[0];
  if (parsed?.kind !== 'http') throw new Error('not an HTTP interaction');
  return parsed.request;
}

/** Some cases give only the parts they test; a contract's request always has a method and a path. */
function withDefaults(request: unknown): unknown {
  return { method: 'GET', path: '/', ...(request as object) };
}

/** Sends a contract-model request over HTTP exactly: raw path, query string as written, headers as given. */
function sendRaw(base: string, request: HttpRequest): Promise<number> {
  const query =
    request.rawQuery ??
    Object.entries(request.query)
      .flatMap(([name, values]) => values.map((v) => `${encodeURIComponent(name)}=${encodeURIComponent(v)}`))
      .join('&');
  const path = encodeURI(request.path || '/') + (query ? `?${query}` : '');
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(request.headers))
    headers[name] = values.join(', ').replace(/\r?\n[ \t]+/g, ' ');
  const body = request.body;
  const payload =
    body.kind === 'json'
      ? JSON.stringify(body.value)
      : body.kind === 'text'
        ? body.text
        : body.kind === 'binary'
          ? Buffer.from(body.base64, 'base64')
          : undefined;
  if (payload !== undefined && body.kind !== 'absent' && body.contentType && !('Content-Type' in headers))
    headers['content-type'] ??= body.contentType;
  // Node frames a GET body only when told its length.
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method: request.method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

let mock: MockServer;
let current: ReturnType<typeof contractReplay>['respond'] = () => ({ status: 599, headers: {}, body: '' });
beforeAll(async () => {
  mock = await startTestMock((request: MockRequest) => current(request));
});
afterAll(() => mock.close());

for (const { folder, version } of VERSIONS) {
  const dir = join(root, folder, 'testcases', 'request');
  const cases = jsonFiles(dir).map((file) => ({
    name: relative(dir, file),
    testCase: JSON.parse(readFileSync(file, 'utf8')) as Case,
  }));
  describe(`signet mock --contract over HTTP: pact-specification ${folder} request cases`, () => {
    it('has cases', () => expect(cases.length).toBeGreaterThan(10));
    it.each(cases)('$name', async ({ testCase }) => {
      const replay = contractReplay(
        parseContract({
          consumer: { name: 'c' },
          provider: { name: 'p' },
          metadata: { pactSpecification: { version } },
          interactions: [
            {
              ...(version.startsWith('4') && { type: 'Synchronous/HTTP' }),
              description: 'case',
              request: withDefaults(testCase.expected),
              response: { status: 200 },
            },
          ],
        }),
      );
      current = replay.respond;
      const actual = asRequest(testCase.actual, version);
      const status = await sendRaw(mock.url, actual);
      // An empty path reaches the mock as '/', which is what such a case's interaction expects.
      const arrivesAsExpected = actual.path === '' && asRequest(testCase.expected, version).path === '/';
      expect(status, testCase.comment).toBe(testCase.match || arrivesAsExpected ? 200 : 500);
    });
  });
}
