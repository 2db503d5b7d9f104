import { startMockServer, type MockServer } from '../http/mock-server.js';
import type { Responder } from '../http/mock-exchange.js';

/** A mock server on a free port for tests; `close` must run in every outcome (afterAll/afterEach). */
export async function startTestMock(respond: Responder, cors = false): Promise<MockServer> {
  return startMockServer({ host: '127.0.0.1', port: 0, cors, respond });
}

/** Reads a response as parsed JSON (problem or body) with its status and headers. */
export async function send(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; json: unknown; text: string }> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}
