import { SpecError } from '../spec-error.js';
import { childPointer } from '../pointer.js';
import { formatLocation, type LocationPath } from '../location.js';
import type { NormaliseContext } from './context.js';
import { optionalArray, requireObject, requireString, type JsonObject } from './guards.js';
import type { RawOperation } from './operations.js';

/** A parameter object with its `$ref` followed, before format-specific mapping. */
export interface RawParameter {
  node: JsonObject;
  name: string;
  in: string;
  /** Pointer of the parameter object itself (after following `$ref`). */
  pointer: string;
  location: string;
  /** The same location as a path, for locations of things inside the parameter. */
  locationPath: LocationPath;
}

/**
 * Path-level parameters merged with the operation's, which override by (name, in); header names
 * compare case-insensitively. Order: path-level first, then the operation's own.
 */
export function mergedParameters(context: NormaliseContext, raw: RawOperation): RawParameter[] {
  const merged = new Map<string, RawParameter>();
  const levels = [
    { list: raw.item.parameters, pointer: raw.itemPointer, location: raw.location.slice(0, -1) },
    { list: raw.operation.parameters, pointer: raw.pointer, location: raw.location },
  ];
  for (const level of levels) {
    const listPointer = childPointer(level.pointer, 'parameters');
    optionalArray(level.list, listPointer, 'parameters').forEach((entry, index) => {
      const parameter = readParameter(context, entry, childPointer(listPointer, index));
      const locationPath = [...level.location, 'parameters', index];
      const key = `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
      merged.delete(key);
      merged.set(key, { ...parameter, location: formatLocation(locationPath), locationPath });
    });
  }
  return [...merged.values()];
}

function readParameter(
  context: NormaliseContext,
  entry: unknown,
  pointer: string,
): Omit<RawParameter, 'location' | 'locationPath'> {
  const resolved = context.refs.deref(entry, pointer);
  const node = requireObject(resolved.node, resolved.pointer, 'parameter');
  const name = requireString(node.name, childPointer(resolved.pointer, 'name'), 'parameter name');
  const where = requireString(node.in, childPointer(resolved.pointer, 'in'), 'parameter "in"');
  return { node, name, in: where, pointer: resolved.pointer };
}

/** OpenAPI 3 default style for a location: form for query/cookie, simple for path/header. */
export function defaultStyle(location: string): string {
  return location === 'query' || location === 'cookie' ? 'form' : 'simple';
}

export function invalidLocation(parameter: RawParameter, allowed: readonly string[]): SpecError {
  return new SpecError(
    'spec.invalid',
    `parameter "${parameter.name}" has "in: ${parameter.in}"; expected one of ${allowed.join(', ')}`,
    childPointer(parameter.pointer, 'in'),
  );
}
