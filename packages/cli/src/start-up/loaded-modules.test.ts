import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scratchDir } from '../testing/cli-run.js';

// The real entry point, as users run it: needs the built dist (`npx tsc -b`, which `npm test` runs first).
const bin = path.resolve(import.meta.dirname, '../../bin/signet.js');
const fixtures = path.resolve(import.meta.dirname, '../../test-fixtures');
const execFileAsync = promisify(execFile);

// A loader hook that appends every module URL the ES module loader resolves, and at exit every CommonJS
// module in require's cache (CommonJS packages such as ajv and undici load their own files through require).
const hooks = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.SIGNET_TRACE_FILE, result.url + '\\n');
  return result;
}
`;
const preload = `import { register, createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
register('./hooks.mjs', import.meta.url);
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => appendFileSync(process.env.SIGNET_TRACE_FILE, Object.keys(cache).join('\\n') + '\\n'));
`;

/** What must stay unloaded until a command needs it: the heavy packages. */
const heavy = {
  '@signet/core': /\/(packages\/core|node_modules\/@signet\/core)\//,
  '@signet/broker': /\/(packages\/broker|node_modules\/@signet\/broker)\//,
  '@signet/client': /\/(packages\/client|node_modules\/@signet\/client)\//,
  ajv: /\/node_modules\/ajv\//,
  undici: /\/node_modules\/undici\//,
  yaml: /\/node_modules\/yaml\//,
  zod: /\/node_modules\/zod\//,
  'fast-check': /\/node_modules\/fast-check\//,
};

describe('signet start-up', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeEach(async () => {
    scratch = await scratchDir();
    await writeFile(path.join(scratch.dir, 'hooks.mjs'), hooks);
    await writeFile(path.join(scratch.dir, 'preload.mjs'), preload);
  });
  afterEach(() => scratch.remove());

  /** Runs the real `signet` with the tracing preload and returns the packages it loaded. */
  async function loadedBy(args: string[]): Promise<{ loaded: string[]; stdout: string }> {
    const trace = path.join(scratch.dir, 'trace.txt');
    await writeFile(trace, '');
    const preloadUrl = pathToFileURL(path.join(scratch.dir, 'preload.mjs')).href;
    // execFile kills the child when the timeout passes, so no process outlives a failing test.
    const { stdout } = await execFileAsync(process.execPath, ['--import', preloadUrl, bin, ...args], {
      cwd: scratch.dir,
      env: { PATH: process.env.PATH ?? '', SIGNET_TRACE_FILE: trace },
      timeout: 20_000,
    }).catch((error: { stdout?: string; code?: number }) => {
      // compare exits 1 for an incompatible pair; anything else fails the test below.
      if (error.code === 1) return { stdout: error.stdout ?? '' };
      throw error;
    });
    const urls = (await readFile(trace, 'utf8')).split('\n').filter((line) => line !== '');
    const loaded = Object.entries(heavy)
      .filter(([, pattern]) => urls.some((url) => pattern.test(url.replaceAll('\\', '/'))))
      .map(([name]) => name);
    expect(urls.some((url) => url.includes('/node_modules/commander/'))).toBe(true);
    return { loaded, stdout };
  }

  it('--version and --help load none of core, broker, client, ajv, undici, yaml, zod or fast-check', async () => {
    const version = await loadedBy(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(version.loaded).toEqual([]);
    const help = await loadedBy(['--help']);
    expect(help.stdout).toContain('Usage: signet');
    expect(help.loaded).toEqual([]);
  });

  it('a command loads what it needs when it runs (so the trace does see them)', async () => {
    const spec = path.join(fixtures, 'petstore.yaml');
    const contract = path.join(fixtures, 'pact-compatible.json');
    const { loaded } = await loadedBy(['compare', '--spec', spec, '--contract', contract]);
    expect(loaded).toContain('@signet/core');
    expect(loaded).not.toContain('@signet/broker');
    // Nor the verifier's request generation, which only `signet test` uses.
    expect(loaded).not.toContain('fast-check');
  });

  it('compare --json of a JSON spec whose values need no Ajv loads neither Ajv nor the YAML parser', async () => {
    const spec = path.join(scratch.dir, 'spec.json');
    const contract = path.join(scratch.dir, 'pact.json');
    await writeFile(
      spec,
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'items', version: '1' },
        paths: {
          '/items/{id}': {
            get: {
              parameters: [{ $ref: '#/components/parameters/id' }],
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/item' } } },
                },
              },
            },
          },
        },
        components: {
          parameters: {
            id: { name: 'id', in: 'path', required: true, schema: { $ref: '#/components/schemas/id' } },
          },
          schemas: {
            id: { type: 'integer', minimum: 1 },
            item: { type: 'object', properties: { id: { $ref: '#/components/schemas/id' } } },
          },
        },
      }),
    );
    await writeFile(
      contract,
      JSON.stringify({
        consumer: { name: 'web' },
        provider: { name: 'items' },
        interactions: [
          {
            description: 'an item',
            request: { method: 'GET', path: '/items/42' },
            response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: 42 } },
          },
        ],
        metadata: { pactSpecification: { version: '2.0.0' } },
      }),
    );
    const { loaded, stdout } = await loadedBy(['compare', '--spec', spec, '--contract', contract, '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ compatible: true });
    expect(loaded).toContain('@signet/core');
    expect(loaded).not.toContain('ajv');
    expect(loaded).not.toContain('yaml');
  });
});
