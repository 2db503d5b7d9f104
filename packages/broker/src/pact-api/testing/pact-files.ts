import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A GET of `/items/<path>` answered with `{id, name}` — the one interaction shape these tests need. */
const request = (path: string) => ({ method: 'GET', path: `/items/${path}` });
const response = {
  status: 200,
  headers: { 'Content-Type': 'application/json' },
  body: { id: '1', name: 'gadget' },
};

/** Pact files of spec v2, v3 and v4 for `consumer` → `provider`, each asking for `/items/<path>`. */
export const pactFiles = {
  v2: (consumer: string, provider: string, path: string) => ({
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      { description: `get ${path}`, providerState: 'an item exists', request: request(path), response },
    ],
    metadata: { pactSpecification: { version: '2.0.0' } },
  }),
  v3: (consumer: string, provider: string, path: string) => ({
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      {
        description: `get ${path}`,
        providerStates: [{ name: 'an item exists', params: { id: '1' } }],
        request: request(path),
        response,
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  }),
  v4: (consumer: string, provider: string, path: string) => ({
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      {
        type: 'Synchronous/HTTP',
        description: `get ${path}`,
        providerStates: [{ name: 'an item exists' }],
        request: request(path),
        response: {
          status: 200,
          headers: { 'Content-Type': ['application/json'] },
          body: { contentType: 'application/json', encoded: false, content: { id: '1', name: 'gadget' } },
        },
      },
    ],
    metadata: { pactSpecification: { version: '4.0' } },
  }),
};

/** Writes the pact to `<dir>/<consumer>-<provider>.json` and returns the directory. */
export async function writePact(
  dir: string,
  pact: { consumer: { name: string }; provider: { name: string } },
): Promise<string> {
  await writeFile(
    join(dir, `${pact.consumer.name}-${pact.provider.name}.json`),
    JSON.stringify(pact, null, 2),
  );
  return dir;
}
