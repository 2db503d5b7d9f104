import type { Operation } from '@signet/core';
import { headerText } from './serialise-params.js';
import type { SchemaValidators } from './schema-validators.js';
import { paramKey, type RequestValues } from './request-model.js';

const HEADER_TEXT = /^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/;

/**
 * Whether request values are valid against the operation as written: required parameters present, every value
 * valid against its schema, header and cookie text sendable. Generated requests that are not are dropped, so a
 * generator's best effort never becomes a provider's failure.
 */
export function isValidRequest(
  operation: Operation,
  values: RequestValues,
  validators: SchemaValidators,
): boolean {
  for (const param of operation.parameters) {
    const key = paramKey(param);
    if (!(key in values.params)) {
      if (param.required) return false;
      continue;
    }
    const value = values.params[key];
    if (param.schema && validators.validate(param.schema.pointer, value).valid === false) return false;
    if ((param.in === 'header' || param.in === 'cookie') && !HEADER_TEXT.test(headerText(param, value)))
      return false;
  }
  const body = values.body;
  if (!body) return operation.requestBody?.required !== true;
  const pointer = operation.requestBody?.content[body.mediaType]?.schema?.pointer;
  return pointer === undefined || validators.validate(pointer, body.value).valid !== false;
}
