import type { Operation } from '../model.js';
import { childPointer } from '../pointer.js';
import { childLocation } from '../location.js';
import type { NormaliseContext } from './context.js';
import { optionalObject, requireObject, specKeys, type JsonObject } from './guards.js';

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation as found in the document, before format-specific normalisation. */
export interface RawOperation {
  path: string;
  method: string;
  item: JsonObject;
  /** Resolved pointer of the path item (its `$ref` followed). */
  itemPointer: string;
  operation: JsonObject;
  pointer: string;
  /** `[root].paths./pets.get`: where the operation is as the spec author sees it. */
  location: string;
  /** `[root].paths./pets`: where its path item is. */
  itemLocation: string;
}

/** Walks `paths` and hands every operation to `build`, following path item `$ref`s. */
export function eachOperation(
  context: NormaliseContext,
  build: (raw: RawOperation) => Operation,
): Operation[] {
  const paths = optionalObject(context.root.paths, '/paths', 'paths');
  const operations: Operation[] = [];
  const pathKeys = specKeys(paths);
  for (let p = 0; p < pathKeys.length; p++) {
    const path = pathKeys[p]!;
    const declared = childPointer('/paths', path);
    context.current = declared;
    const resolved = context.refs.deref(paths[path], declared);
    const item = requireObject(resolved.node, resolved.pointer, 'path item');
    const itemLocation = childLocation('[root].paths', path);
    for (let m = 0; m < httpMethods.length; m++) {
      const method = httpMethods[m]!;
      if (!(method in item) || item[method] === undefined) continue;
      const pointer = childPointer(resolved.pointer, method);
      context.current = pointer;
      const operation = requireObject(item[method], pointer, 'operation');
      const location = childLocation(itemLocation, method);
      const itemPointer = resolved.pointer;
      operations.push(build({ path, method, item, itemPointer, operation, pointer, location, itemLocation }));
    }
  }
  return operations;
}
