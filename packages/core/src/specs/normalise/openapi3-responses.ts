import type { Response, ResponseHeader } from '../model.js';
import { childPointer } from '../pointer.js';
import { formatLocation, type LocationPath } from '../location.js';
import type { NormaliseContext } from './context.js';
import { optionalObject, requireObject, specKeys } from './guards.js';
import { contentMap, singleContent } from './media-types.js';
import { schemaOf } from './schema-value.js';
import { responseStatus } from './status.js';

/** OpenAPI 3 `responses` of an operation, in document order. */
export function openapi3Responses(
  context: NormaliseContext,
  value: unknown,
  pointer: string,
  location: LocationPath,
): Response[] {
  const responses = optionalObject(value, pointer, 'responses');
  return specKeys(responses).map((key) => {
    const declared = childPointer(pointer, key);
    const status = responseStatus(key, declared);
    const resolved = context.refs.deref(responses[key], declared);
    const response = requireObject(resolved.node, resolved.pointer, 'response');
    const here = [...location, key];
    return {
      status,
      headers: headersOf(context, response.headers, childPointer(resolved.pointer, 'headers'), [
        ...here,
        'headers',
      ]),
      content: contentMap(context, response.content, childPointer(resolved.pointer, 'content'), [
        ...here,
        'content',
      ]),
      location: formatLocation(here),
    };
  });
}

function headersOf(
  context: NormaliseContext,
  value: unknown,
  pointer: string,
  location: LocationPath,
): Record<string, ResponseHeader> {
  const headers = optionalObject(value, pointer, 'headers');
  const result: Record<string, ResponseHeader> = {};
  for (const name of Object.keys(headers)) {
    const resolved = context.refs.deref(headers[name], childPointer(pointer, name));
    const header = requireObject(resolved.node, resolved.pointer, 'header');
    const entry: ResponseHeader = {
      required: header.required === true,
      location: formatLocation([...location, name]),
    };
    const schema =
      schemaOf(context, header, resolved.pointer) ??
      singleContent(context, header, resolved.pointer, [...location, name])?.media.schema;
    if (schema) entry.schema = schema;
    result[name.toLowerCase()] = entry;
  }
  return result;
}
