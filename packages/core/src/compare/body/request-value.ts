import type { HttpRequest } from '../../contracts/model.js';
import { isJson, parseMediaType } from '../media/media-type.js';
import { headerValue } from '../params/header-values.js';
import { bodyJson, bodyText } from './body-text.js';
import { parseMultipart, parseUrlEncoded } from './form-body.js';

/** A request body read for validation against the media type `key` selected. */
export type RequestValue =
  /** `coerced`: form fields are strings, so they may also be read as the schema's types. */
  | { kind: 'value'; value: unknown; coerced: boolean }
  | { kind: 'invalid'; reason: string }
  | { kind: 'unsupported'; reason: string };

export function readRequestBody(request: HttpRequest, key: string): RequestValue {
  const parsed = parseMediaType(key);
  const essence = parsed ? `${parsed.type}/${parsed.subtype}` : key;
  if (isJson(parsed) || (essence.includes('*') && request.body.kind === 'json')) {
    const json = bodyJson(request.body);
    return json.ok
      ? { kind: 'value', value: json.value, coerced: false }
      : { kind: 'invalid', reason: json.reason };
  }
  if (essence === 'application/x-www-form-urlencoded') {
    return { kind: 'value', value: parseUrlEncoded(bodyText(request.body) ?? ''), coerced: true };
  }
  if (essence === 'multipart/form-data') {
    const boundary = parseMediaType(headerValue(request.headers, 'content-type') ?? '')?.params.boundary;
    const value = parseMultipart(bodyText(request.body) ?? '', boundary);
    return value === undefined
      ? { kind: 'unsupported', reason: 'Multipart body without a boundary cannot be validated' }
      : { kind: 'value', value, coerced: true };
  }
  if (essence === 'text/plain') return { kind: 'value', value: bodyText(request.body), coerced: false };
  return {
    kind: 'unsupported',
    reason: `Body with content type '${key}' is not supported by the spec comparator`,
  };
}
