import type { Operation, Parameter } from '../specs/model.js';
import type { DiffContext } from './diff-context.js';
import { pathParameterNames } from './path-shape.js';
import { diffSchemas } from './schema-diff.js';
import { parameterSite } from './schema-site.js';

/** Parameters match by location and name; path parameters by their position in the template (renames are free). */
export function diffParameters(context: DiffContext, was: Operation, now: Operation): void {
  const { out } = context;
  const operation = { method: now.method, path: now.path };
  const headName = renamePath(was.path, now.path);
  const key = (p: Parameter, rename: (n: string) => string = (n) => n) =>
    `${p.in} ${p.in === 'path' ? rename(p.name) : p.name}`;
  const after = new Map(now.parameters.map((p) => [key(p), p]));
  const before = new Map(was.parameters.map((p) => [key(p, headName), p]));
  for (const [k, b] of [...before].sort()) {
    const a = after.get(k);
    const scope = {
      direction: 'request' as const,
      operation,
      parameter: { in: b.in, name: b.name },
      base: pointerOf(was, b),
    };
    if (a === undefined) {
      out.add(
        scope,
        'request-parameter-removed',
        'potentially-breaking',
        `${b.in} parameter ${b.name} removed`,
      );
      continue;
    }
    const both = { ...scope, parameter: { in: a.in, name: a.name }, head: pointerOf(now, a) };
    const label = `${a.in} parameter ${a.name}`;
    if (!b.required && a.required)
      out.add(both, 'request-parameter-became-required', 'breaking', `${label} became required`);
    if (b.required && !a.required)
      out.add(both, 'request-parameter-became-optional', 'safe', `${label} became optional`);
    if (b.style !== a.style)
      out.add(
        both,
        'request-parameter-style-changed',
        'breaking',
        `${label}: style changed from ${b.style} to ${a.style}`,
      );
    if (b.explode !== a.explode)
      out.add(
        both,
        'request-parameter-explode-changed',
        'breaking',
        `${label}: explode changed from ${b.explode} to ${a.explode}`,
      );
    if (b.allowReserved && !a.allowReserved)
      out.add(
        both,
        'request-parameter-allow-reserved-removed',
        'breaking',
        `${label} no longer allows reserved characters`,
      );
    if (b.contentType !== a.contentType)
      out.add(
        both,
        'request-parameter-media-type-changed',
        'breaking',
        `${label}: media type changed from ${String(b.contentType)} to ${String(a.contentType)}`,
      );
    if (b.schema && a.schema) {
      const site = parameterSite({ direction: 'request', operation, parameter: { in: a.in, name: a.name } });
      diffSchemas(
        {
          baseRoot: context.base.schemaRoot,
          headRoot: context.head.schemaRoot,
          out,
          site,
          visited: new Set(),
          unchanged: context.unchanged,
        },
        b.schema,
        a.schema,
      );
    }
  }
  for (const [k, a] of [...after].sort()) {
    if (before.has(k)) continue;
    const scope = {
      direction: 'request' as const,
      operation,
      parameter: { in: a.in, name: a.name },
      head: pointerOf(now, a),
    };
    if (a.required)
      out.add(
        scope,
        'new-required-request-parameter',
        'breaking',
        `required ${a.in} parameter ${a.name} added`,
      );
    else
      out.add(scope, 'new-optional-request-parameter', 'safe', `optional ${a.in} parameter ${a.name} added`);
  }
}

/** Maps a base path parameter name to the head's name at the same template position. */
function renamePath(basePath: string, headPath: string): (name: string) => string {
  const from = pathParameterNames(basePath);
  const to = pathParameterNames(headPath);
  return (name) => {
    const i = from.indexOf(name);
    return i >= 0 && to[i] !== undefined ? to[i] : name;
  };
}

/** The parameter object's pointer: its schema's parent, else the operation's parameters. */
function pointerOf(op: Operation, p: Parameter): string {
  const pointer = p.schema?.pointer;
  if (pointer?.endsWith('/schema'))
    return pointer.slice(0, -'/schema'.length).replace(/\/content\/[^/]*$/, '');
  return `${op.pointer}/parameters`;
}
