import type { Operation, ProviderSpec } from '../specs/model.js';
import { valueAt } from '../specs/pointer.js';
import type { DiffContext } from './diff-context.js';
import { diffParameters } from './parameter-checks.js';
import { diffRequestBody } from './request-body-checks.js';
import { diffResponses } from './response-checks.js';
import { diffSecurity } from './security-checks.js';
import { pathShape } from './path-shape.js';

const isDeprecated = (spec: ProviderSpec, op: Operation) =>
  valueAt(spec.schemaRoot, `${op.pointer}/deprecated`) === true;

/** Paths and operations: removed (with or without deprecation), added, deprecated; then each kept pair in depth. */
export function diffOperations(context: DiffContext): void {
  const { base, head, out } = context;
  const key = (op: Operation) => `${op.method} ${pathShape(op.path)}`;
  const headOps = new Map(head.operations.map((op) => [key(op), op]));
  const baseOps = new Map(base.operations.map((op) => [key(op), op]));
  const headShapes = new Set(head.operations.map((op) => pathShape(op.path)));
  const baseShapes = new Set(base.operations.map((op) => pathShape(op.path)));
  for (const [k, was] of [...baseOps].sort(byKey)) {
    const scope = {
      direction: 'request' as const,
      operation: { method: was.method, path: was.path },
      base: was.pointer,
    };
    const now = headOps.get(k);
    if (now === undefined) {
      const pathGone = !headShapes.has(pathShape(was.path));
      const deprecated = isDeprecated(base, was);
      const id = `${pathGone ? 'api-path' : 'api'}-removed-${deprecated ? 'with' : 'without'}-deprecation`;
      out.add(
        scope,
        id,
        deprecated ? 'potentially-breaking' : 'breaking',
        `${was.method.toUpperCase()} ${was.path} removed${deprecated ? ' after deprecation' : ''}`,
      );
      continue;
    }
    diffOperationPair(context, was, now);
  }
  for (const [k, now] of [...headOps].sort(byKey)) {
    if (baseOps.has(k)) continue;
    const id = baseShapes.has(pathShape(now.path)) ? 'endpoint-added' : 'api-path-added';
    out.add(
      { direction: 'request', operation: { method: now.method, path: now.path }, head: now.pointer },
      id,
      'safe',
      `${now.method.toUpperCase()} ${now.path} added`,
    );
  }
}

function byKey(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function diffOperationPair(context: DiffContext, was: Operation, now: Operation): void {
  const { base, head, out } = context;
  const scope = {
    direction: 'request' as const,
    operation: { method: now.method, path: now.path },
    base: was.pointer,
    head: now.pointer,
  };
  const name = `${now.method.toUpperCase()} ${now.path}`;
  const deprecatedBefore = isDeprecated(base, was);
  const deprecatedAfter = isDeprecated(head, now);
  if (!deprecatedBefore && deprecatedAfter)
    out.add(scope, 'endpoint-deprecated', 'safe', `${name} deprecated`);
  if (deprecatedBefore && !deprecatedAfter)
    out.add(scope, 'endpoint-reactivated', 'safe', `${name} is no longer deprecated`);
  if (was.operationId !== undefined && now.operationId === undefined)
    out.add(
      scope,
      'api-operation-id-removed',
      'potentially-breaking',
      `${name}: operationId ${was.operationId} removed`,
    );
  else if (was.operationId !== undefined && was.operationId !== now.operationId)
    out.add(
      scope,
      'api-operation-id-changed',
      'potentially-breaking',
      `${name}: operationId changed from ${was.operationId} to ${now.operationId}`,
    );
  else if (was.operationId === undefined && now.operationId !== undefined)
    out.add(scope, 'api-operation-id-added', 'safe', `${name}: operationId ${now.operationId} added`);
  const removedPrefixes = was.basePaths.filter((p) => !now.basePaths.includes(p));
  for (const prefix of removedPrefixes)
    out.add(
      scope,
      'api-base-path-removed',
      'breaking',
      `${name} no longer served under ${prefix === '' ? '/' : prefix}`,
    );
  diffParameters(context, was, now);
  diffRequestBody(context, was, now);
  diffResponses(context, was, now);
  diffSecurity(context, was, now);
}
