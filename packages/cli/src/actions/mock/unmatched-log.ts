import { rename, writeFile } from 'node:fs/promises';
import type { MockRequest, MockResponse } from './http/mock-exchange.js';

/** One request nothing in the spec or contract answered, as `--record` writes it. */
export interface UnmatchedEntry {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string[]>;
  /** UTF-8 text of the body, or base64 when it is not valid UTF-8. */
  body?: { text: string } | { base64: string };
  status: number;
  /** The problem the mock answered with. */
  answer: unknown;
}

/** The requests the mock answered as unmatched (no route, no method, no interaction), kept in arrival order. */
export class UnmatchedLog {
  readonly entries: UnmatchedEntry[] = [];

  /** Keeps `request` when `response` says it matched nothing. */
  note(request: MockRequest, response: MockResponse): void {
    if (response.refused !== 'unmatched') return;
    this.entries.push({
      method: request.method,
      path: request.path,
      query: request.rawQuery,
      headers: request.headers,
      ...(request.body.length > 0 && { body: bodyOf(request.body) }),
      status: response.status,
      answer: JSON.parse(response.body.toString()) as unknown,
    });
  }

  /** Writes the entries as JSON through a temporary file and a rename, so no reader sees half a file. */
  async write(file: string): Promise<void> {
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify({ unmatched: this.entries }, null, 2)}\n`);
    await rename(temporary, file);
  }
}

function bodyOf(body: Buffer): { text: string } | { base64: string } {
  const text = body.toString('utf8');
  return Buffer.from(text, 'utf8').equals(body) ? { text } : { base64: body.toString('base64') };
}
