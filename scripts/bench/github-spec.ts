/** Reads GitHub's REST spec (from `@octokit/openapi`) into the shapes the contract generator needs. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A node of the spec (schema, operation, parameter…) of arbitrary shape, read as the spec's JSON gives it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON of unknown shape
export type Schema = Record<string, any>;

export interface SpecOperation {
  method: string;
  /** Path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`. */
  path: string;
  operationId: string;
  summary: string;
  parameters: Schema[];
  /** JSON request body schema and its first example, when the operation takes JSON. */
  requestBody?: { required: boolean; schema: Schema; example: unknown };
  /** Declared success and error statuses, e.g. `['200', '404']`. */
  statuses: string[];
}

export interface GithubSpec {
  document: Schema;
  operations: SpecOperation[];
  /** Follows `$ref` chains to the node they point at. */
  resolve: (node: unknown) => Schema;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

export function githubSpecPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('@octokit/openapi/generated/api.github.com.json');
}

export function loadGithubSpec(): GithubSpec {
  const document = JSON.parse(readFileSync(githubSpecPath(), 'utf8')) as Schema;
  const resolve = (node: unknown): Schema => {
    let current = node as Schema;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 50; hops++) {
      current = pointerGet(document, current.$ref);
    }
    return current;
  };
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Schema>)) {
    for (const method of METHODS) {
      const op = item[method] as Schema | undefined;
      if (op) operations.push(toOperation(method, path, item, op, resolve));
    }
  }
  return { document, operations, resolve };
}

function toOperation(
  method: string,
  path: string,
  item: Schema,
  op: Schema,
  resolve: (node: unknown) => Schema,
): SpecOperation {
  // Operation-level parameters override path-level ones with the same (name, in).
  const byKey = new Map<string, Schema>();
  for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve))
    byKey.set(`${p.in}:${p.name}`, p);
  const body = op.requestBody ? resolve(op.requestBody) : undefined;
  const json = body?.content?.['application/json'] as Schema | undefined;
  return {
    method,
    path,
    operationId: String(op.operationId),
    summary: String(op.summary ?? op.operationId),
    parameters: [...byKey.values()],
    requestBody: json?.schema
      ? { required: Boolean(body?.required), schema: json.schema, example: firstExample(json, resolve) }
      : undefined,
    statuses: Object.keys(op.responses ?? {}),
  };
}

/** The first example of a media type object, following `$ref`s to `components/examples`. */
export function firstExample(media: Schema, resolve: (node: unknown) => Schema): unknown {
  if (media.example !== undefined) return media.example;
  const first = Object.values((media.examples ?? {}) as Record<string, unknown>)[0];
  if (first === undefined) return undefined;
  const example = resolve(first);
  const value = example?.value as Schema | undefined;
  return value && typeof value.$ref === 'string' ? resolve(value).value : value;
}

function pointerGet(document: Schema, ref: string): Schema {
  const segments = ref.replace(/^#\//, '').split('/');
  let node: Schema | undefined = document;
  for (const raw of segments) node = node?.[raw.replaceAll('~1', '/').replaceAll('~0', '~')];
  return node as Schema;
}
