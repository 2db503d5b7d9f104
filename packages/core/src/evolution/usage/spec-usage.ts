import type { MediaType, Operation, ProviderSpec } from '../../specs/model.js';
import { pathShape } from '../path-shape.js';
import type { BodyUse } from './body-paths.js';
import { footprints } from './footprints.js';
import type { ConsumerContract, Footprint, InteractionRef } from './model.js';
import { formatPath, isPrefix } from './property-paths.js';
import { declaredPaths } from './schema-walk.js';

/** Who relies on one part of the spec; an empty `usedBy` is a part no consumer given uses. */
export interface Used {
  usedBy: InteractionRef[];
}

export interface MediaUsage extends Used {
  mediaType: string;
  /** Every property the schema declares (bounded depth), each with the interactions whose body mentions it. */
  properties: Array<Used & { path: string }>;
}

export interface OperationUsage extends Used {
  method: string;
  path: string;
  operationId?: string;
  parameters: Array<Used & { in: string; name: string }>;
  requestBody?: { content: MediaUsage[] };
  responses: Array<Used & { status: string; headers: Array<Used & { name: string }>; content: MediaUsage[] }>;
}

export interface SpecUsage {
  operations: OperationUsage[];
  /** HTTP interactions that reach no operation of the spec (the comparison fails them). */
  unrouted: InteractionRef[];
}

/**
 * For every operation, parameter, request and response media type, response status, response header and
 * body property of `spec`: which consumer interactions rely on it. Interactions are routed, and their media
 * types chosen, by the comparison's own functions; a body property counts as used when the interaction's
 * body or its matching rules mention it or something inside it.
 *
 * @example
 * const { operations } = usage(spec, [{ consumer: 'web', version: '1.2.0', contract }]);
 * operations.flatMap((o) => o.responses).flatMap((r) => r.content).flatMap((m) => m.properties)
 *   .filter((p) => p.usedBy.length === 0); // candidates for removal
 */
export function usage(spec: ProviderSpec, consumers: readonly ConsumerContract[]): SpecUsage {
  const found = footprints(spec, consumers);
  const byOperation = new Map<string, Footprint[]>();
  for (const f of found.footprints) {
    const key = operationKey(f.operation);
    byOperation.set(key, [...(byOperation.get(key) ?? []), f]);
  }
  return {
    operations: spec.operations.map((op) =>
      operationUsage(spec, op, byOperation.get(operationKey(op)) ?? []),
    ),
    unrouted: found.unrouted,
  };
}

export function operationKey(operation: { method: string; path: string }): string {
  return `${operation.method} ${pathShape(operation.path)}`;
}

function operationUsage(spec: ProviderSpec, op: Operation, used: Footprint[]): OperationUsage {
  const refs = (list: Footprint[]) => list.map((f) => f.ref);
  const requestBody = op.requestBody && {
    content: Object.entries(op.requestBody.content).map(([mediaType, media]) =>
      mediaUsage(
        spec,
        mediaType,
        media,
        used.filter((f) => f.request.mediaType === mediaType),
        (f) => f.request.body,
      ),
    ),
  };
  return {
    method: op.method,
    path: op.path,
    ...(op.operationId === undefined ? {} : { operationId: op.operationId }),
    usedBy: refs(used),
    parameters: op.parameters.map((p) => ({
      in: p.in,
      name: p.name,
      usedBy: refs(
        used.filter((f) =>
          f.parameters.some(
            (s) => s.in === p.in && (p.in === 'header' ? s.name === p.name.toLowerCase() : s.name === p.name),
          ),
        ),
      ),
    })),
    ...(requestBody ? { requestBody } : {}),
    responses: op.responses.map((response) => {
      const atStatus = used.filter((f) => f.status === response.status);
      return {
        status: response.status,
        usedBy: refs(atStatus),
        headers: Object.keys(response.headers).map((name) => ({
          name,
          usedBy: refs(atStatus.filter((f) => f.responseHeaders.includes(name))),
        })),
        content: Object.entries(response.content).map(([mediaType, media]) =>
          mediaUsage(
            spec,
            mediaType,
            media,
            atStatus.filter((f) => f.response.mediaType === mediaType),
            (f) => f.response.body,
          ),
        ),
      };
    }),
  };
}

function mediaUsage(
  spec: ProviderSpec,
  mediaType: string,
  media: MediaType,
  used: Footprint[],
  body: (f: Footprint) => BodyUse | undefined,
): MediaUsage {
  const declared = media.schema ? declaredPaths(spec.schemaRoot, media.schema) : [];
  return {
    mediaType,
    usedBy: used.map((f) => f.ref),
    properties: declared.map((path) => ({
      path: formatPath(path),
      usedBy: used
        .filter((f) => {
          const use = body(f);
          return use !== undefined && (use.whole || use.paths.some((p) => isPrefix(path, p)));
        })
        .map((f) => f.ref),
    })),
  };
}
