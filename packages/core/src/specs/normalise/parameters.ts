import { SpecError } from '../spec-error.js';
import { childPointer } from '../pointer.js';
import { childLocation } from '../location.js';
import type { NormaliseContext } from './context.js';
import { optionalArray, requireObject, type JsonObject } from './guards.js';
import type { RawOperation } from './operations.js';

/** A parameter object with its `$ref` followed, before format-specific mapping. */
export interface RawParameter {
  node: JsonObject;
  name: string;
  in: string;
  /** Pointer of the parameter object itself (after following `$ref`). */
  pointer: string;
  location: string;
}

/**
 * Path-level parameters merged with the operation's, which override by (name, in); header names
 * compare case-insensitively. Order: path-level first, then the operation's own.
 */
export function mergedParameters(context: NormaliseContext, raw: RawOperation): RawParameter[] {
  const merged = new Map<string, RawParameter>();
  addLevel(context, merged, raw.item.parameters, raw.itemPointer, raw.itemLocation);
  addLevel(context, merged, raw.operation.parameters, raw.pointer, raw.location);
  return [...merged.values()];
}

// Plain loops and strings built only where needed: this runs for every parameter of every operation.
function addLevel(
  context: NormaliseContext,
  merged: Map<string, RawParameter>,
  list: unknown,
  pointer: string,
  location: string,
): void {
  const listPointer = childPointer(pointer, 'parameters');
  const entries = optionalArray(list, listPointer, 'parameters');
  if (entries.length === 0) return;
  const listLocation = childLocation(location, 'parameters');
  for (let index = 0; index < entries.length; index++) {
    const parameter = readParameter(context, entries[index], `${listPointer}/${index}`);
    parameter.location = childLocation(listLocation, index);
    const key = `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
    merged.delete(key);
    merged.set(key, parameter);
  }
}

function readParameter(context: NormaliseContext, entry: unknown, pointer: string): RawParameter {
  const resolved = context.refs.deref(entry, pointer);
  const node = requireObject(resolved.node, resolved.pointer, 'parameter');
  const { name, in: where } = node;
  if (typeof name !== 'string') throw notString(resolved.pointer, 'name', 'parameter name');
  if (typeof where !== 'string') throw notString(resolved.pointer, 'in', 'parameter "in"');
  return { node, name, in: where, pointer: resolved.pointer, location: '' };
}

// The same error requireString gives, its pointer built only on failure.
function notString(pointer: string, key: string, what: string): SpecError {
  return new SpecError('spec.invalid', `${what} must be a string`, childPointer(pointer, key));
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
