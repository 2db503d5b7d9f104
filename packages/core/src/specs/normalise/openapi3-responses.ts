import type { Response, ResponseHeader } from '../model.js';
import { childPointer } from '../pointer.js';
import { childLocation } from '../location.js';
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
  location: string,
): Response[] {
  const responses = optionalObject(value, pointer, 'responses');
  return specKeys(responses).map((key) => {
    const declared = childPointer(pointer, key);
    const status = responseStatus(key, declared);
    const resolved = context.refs.deref(responses[key], declared);
    const response = requireObject(resolved.node, resolved.pointer, 'response');
    const here = childLocation(location, key);
    const headersPointer = childPointer(resolved.pointer, 'headers');
    const contentPointer = childPointer(resolved.pointer, 'content');
    return {
      status,
      headers: headersOf(context, response.headers, headersPointer, childLocation(here, 'headers')),
      content: contentMap(context, response.content, contentPointer, childLocation(here, 'content')),
      location: here,
    };
  });
}

function headersOf(
  context: NormaliseContext,
  value: unknown,
  pointer: string,
  location: string,
): Record<string, ResponseHeader> {
  const headers = optionalObject(value, pointer, 'headers');
  const result: Record<string, ResponseHeader> = {};
  const names = Object.keys(headers);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const resolved = context.refs.deref(headers[name], childPointer(pointer, name));
    const header = requireObject(resolved.node, resolved.pointer, 'header');
    const here = childLocation(location, name);
    const entry: ResponseHeader = { required: header.required === true, location: here };
    const schema =
      schemaOf(context, header, resolved.pointer) ??
      singleContent(context, header, resolved.pointer, here)?.media.schema;
    if (schema) entry.schema = schema;
    result[name.toLowerCase()] = entry;
  }
  return result;
}
