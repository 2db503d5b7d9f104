import type { SpecChange } from '../model.js';
import { pathShape } from '../path-shape.js';
import type { BodyUse } from '../usage/body-paths.js';
import type { Footprint } from '../usage/model.js';
import { isPrefix, parsePath } from '../usage/property-paths.js';

/**
 * Whether `change` concerns what an interaction relies on (its footprint on the base or the head spec, whose
 * pointers `change.base` / `change.head` are compared with). The rule leans towards "it does": a change wrongly
 * thought to concern a consumer is only shown as used, while one wrongly thought not to could be called "safe".
 *
 * - No operation (servers, security schemes, a truncated diff): every interaction.
 * - Another operation: none. A change to the operation itself (removed, security, deprecation): all its users.
 * - Parameters: path parameters and anything that adds a requirement concern every user; the rest only those
 *   who send the parameter.
 * - Responses: a status added concerns every user (it may take over from a range or `default`); otherwise the
 *   status, media type, header and body path must be ones the interaction reads — the body path at or above a
 *   path its expected body or matching rules mention.
 * - Request bodies: a body path concerns senders of a value at its parent (a property added, required, or
 *   removed from an object they send), or any part of a body that is not JSON.
 */
export function relates(change: SpecChange, used: Footprint, side: 'base' | 'head'): boolean {
  const operation = change.operation;
  if (!operation) return true;
  if (operation.method !== used.operation.method) return false;
  if (pathShape(operation.path) !== pathShape(used.operation.path)) return false;
  const pointer = side === 'base' ? change.base : change.head;
  if (change.direction === 'response') return relatesToResponse(change, used, pointer);
  if (change.parameter) return relatesToParameter(change, used);
  if (change.propertyPath === undefined) return true;
  if (change.mediaType !== undefined && used.request.mediaType !== change.mediaType) return false;
  if (pointer !== undefined && used.requestPointers.has(pointer)) return true;
  return requestBodyRelates(used.request.body, change.propertyPath);
}

const addsRequirement = (id: string) => /required|added|new-/.test(id);

function relatesToParameter(change: SpecChange, used: Footprint): boolean {
  const parameter = change.parameter!;
  if (parameter.in === 'path' || addsRequirement(change.id)) return true;
  const name = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name;
  return used.parameters.some((p) => p.in === parameter.in && p.name === name);
}

function relatesToResponse(change: SpecChange, used: Footprint, pointer: string | undefined): boolean {
  if (change.status === undefined) return true;
  if (change.mediaType === undefined && change.parameter === undefined && /status-added/.test(change.id))
    return true;
  if (used.status !== change.status) return false;
  if (change.parameter) return used.responseHeaders.includes(change.parameter.name.toLowerCase());
  if (change.mediaType === undefined) return true;
  if (change.propertyPath === undefined)
    return used.response.mediaType === change.mediaType || /added/.test(change.id);
  if (used.response.mediaType !== change.mediaType) return false;
  if (pointer !== undefined && used.responsePointers.has(pointer)) return true;
  const body = used.response.body;
  if (!body) return false;
  const path = parsePath(change.propertyPath);
  return body.whole || body.paths.some((p) => isPrefix(path, p));
}

function requestBodyRelates(body: BodyUse | undefined, propertyPath: string): boolean {
  if (!body) return false;
  if (body.whole) return true;
  const path = parsePath(propertyPath);
  const parent = path.slice(0, -1);
  return body.paths.some((p) => isPrefix(parent, p));
}
