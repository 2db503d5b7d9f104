import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import { SpecError } from './spec-error.js';
import { fixtures, schemaRefsOf, specValidator } from './testing/spec-validator.js';

const codes = new Set([
  'spec.parse',
  'spec.too-large',
  'spec.too-deep',
  'spec.yaml-aliases',
  'spec.unsupported-version',
  'spec.invalid',
  'spec.ref.unresolved',
  'spec.ref.remote',
  'spec.ref.file',
  'spec.file',
]);

/** Resolves or rejects with a SpecError of a documented code: anything else fails the property. */
async function loadsOrSpecError(input: Parameters<typeof loadSpec>[0]): Promise<boolean> {
  try {
    await loadSpec(input);
    return true;
  } catch (error) {
    if (error instanceof SpecError && codes.has(error.code) && typeof error.location === 'string')
      return true;
    throw error;
  }
}

/** When the document loads, Ajv compiles every schema its operations use. */
async function compilesWhenLoaded(input: Record<string, unknown>): Promise<boolean> {
  const spec = await loadSpec(input).catch((error: unknown) => {
    if (error instanceof SpecError) return undefined;
    throw error;
  });
  if (!spec) return true;
  const compile = specValidator(spec);
  for (const ref of spec.operations.flatMap(schemaRefsOf)) compile(ref);
  return true;
}

const fixtureDocuments = [
  'petstore-oas30.yaml',
  'petstore-swagger2.yaml',
  'petstore-oas31.yaml',
  'discriminator-oas30.yaml',
].map((name) => parse(readFileSync(join(fixtures, name), 'utf8')) as Record<string, unknown>);

/** Every [parent, key] position of a document, so a property can replace one node with junk. */
function positions(value: unknown): Array<[Record<string, unknown> | unknown[], string | number]> {
  const found: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        found.push([node, index]);
        walk(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        found.push([node as Record<string, unknown>, key]);
        walk(child);
      }
    }
  };
  walk(value);
  return found;
}

const junk = fc.anything({
  maxDepth: 4,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
});

describe('loadSpec never fails with anything but a SpecError', () => {
  it('on arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), loadsOrSpecError), {
      numRuns: 300,
    });
  });

  it('on arbitrary JSON and YAML renderings of arbitrary values', async () => {
    const value = fc.jsonValue({ maxDepth: 5 });
    await fc.assert(
      fc.asyncProperty(value, (json) => loadsOrSpecError(JSON.stringify(json) ?? 'null')),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(value, (json) => loadsOrSpecError(stringify(json))),
      { numRuns: 200 },
    );
  });

  it('on arbitrary objects, with and without a version field', async () => {
    const version = fc.constantFrom<Record<string, unknown>>(
      {},
      { openapi: '3.0.3' },
      { openapi: '3.1.0' },
      { swagger: '2.0' },
    );
    const document = fc
      .tuple(version, fc.dictionary(fc.string(), junk, { maxKeys: 6 }))
      .map(([head, rest]) => ({ ...rest, ...head }));
    await fc.assert(fc.asyncProperty(document, loadsOrSpecError), { numRuns: 300 });
  });

  const mutated = fc.tuple(fc.nat(fixtureDocuments.length - 1), fc.nat(), junk).map(([which, at, value]) => {
    const document = structuredClone(fixtureDocuments[which]!);
    const all = positions(document);
    const [parent, key] = all[at % all.length]!;
    (parent as Record<string | number, unknown>)[key] = value;
    return document;
  });

  it('on real specs with one node replaced by junk', async () => {
    await fc.assert(fc.asyncProperty(mutated, loadsOrSpecError), { numRuns: 500 });
  });

  it('and what loads from such junk still compiles with Ajv', async () => {
    const json = fc
      .tuple(fc.nat(fixtureDocuments.length - 1), fc.nat(), fc.jsonValue({ maxDepth: 3 }))
      .map(([which, at, value]) => {
        const document = structuredClone(fixtureDocuments[which]!);
        const all = positions(document);
        const [parent, key] = all[at % all.length]!;
        (parent as Record<string | number, unknown>)[key] = value;
        return document;
      });
    await fc.assert(fc.asyncProperty(json, compilesWhenLoaded), { numRuns: 300 });
  }, 60_000);

  it('on real specs with one node replaced by a $ref', async () => {
    const ref = fc.constantFrom(
      '#',
      '#/',
      '#/paths',
      '#/components/schemas/Pet',
      '#/definitions/Pet',
      '#/x/~2',
      '#/%ZZ',
      'a.yaml',
      'https://x.io/y',
    );
    const mutated = fc
      .tuple(fc.nat(fixtureDocuments.length - 1), fc.nat(), ref)
      .map(([which, at, target]) => {
        const document = structuredClone(fixtureDocuments[which]!);
        const all = positions(document);
        const [parent, key] = all[at % all.length]!;
        (parent as Record<string | number, unknown>)[key] = { $ref: target };
        return document;
      });
    await fc.assert(fc.asyncProperty(mutated, loadsOrSpecError), { numRuns: 500 });
  });
});
