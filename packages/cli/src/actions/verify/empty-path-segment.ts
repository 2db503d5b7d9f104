import type { Operation } from '@signet/core';
import { pathSegment } from './serialise-params.js';
import { paramKey, type RequestValues } from './request-model.js';

/**
 * Whether a path parameter of the request would serialise to nothing: `GET /carts/{cartId}` with an empty
 * `cartId` is `GET /carts/`, another URL, so its 404 says nothing about the operation. Positive requests with one
 * are never sent.
 *
 * @example hasEmptyPathSegment(getCart, { params: { 'path cartId': '' } }) // true
 */
export function hasEmptyPathSegment(operation: Operation, values: RequestValues): boolean {
  return operation.parameters.some((param) => {
    if (param.in !== 'path') return false;
    const key = paramKey(param);
    return key in values.params && pathSegment(param, values.params[key]) === '';
  });
}
