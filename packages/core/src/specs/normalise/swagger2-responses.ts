import type { MediaType, Response, ResponseHeader } from '../model.js';
import { childPointer } from '../pointer.js';
import { childLocation } from '../location.js';
import type { NormaliseContext } from './context.js';
import { optionalObject, requireObject, specKeys } from './guards.js';
import { schemaOf } from './schema-value.js';
import { responseStatus } from './status.js';
import { inlineSchema } from './swagger2-schema.js';

/** Swagger 2 `responses`: a response `schema` is offered under every `produces` media type. */
export function swagger2Responses(
  context: NormaliseContext,
  value: unknown,
  pointer: string,
  location: string,
  produces: string[],
  declaredProduces: string[],
): Response[] {
  const responses = optionalObject(value, pointer, 'responses');
  return specKeys(responses).map((key) => {
    const declared = childPointer(pointer, key);
    const status = responseStatus(key, declared);
    const resolved = context.refs.deref(responses[key], declared);
    const response = requireObject(resolved.node, resolved.pointer, 'response');
    const here = childLocation(location, key);
    const schema = schemaOf(context, response, resolved.pointer);
    const content: Record<string, MediaType> = {};
    if (schema) {
      const media = { schema, location: childLocation(here, 'schema') };
      for (const mediaType of produces) content[mediaType] = media;
    }
    const headersPointer = childPointer(resolved.pointer, 'headers');
    const headers = optionalObject(response.headers, headersPointer, 'headers');
    const result: Record<string, ResponseHeader> = {};
    for (const name of Object.keys(headers)) {
      const headerPointer = childPointer(headersPointer, name);
      const header = requireObject(headers[name], headerPointer, 'header');
      result[name.toLowerCase()] = {
        required: header.required === true,
        schema: inlineSchema(context, header, headerPointer),
        location: childLocation(childLocation(here, 'headers'), name),
      };
    }
    const normalised: Response = { status, headers: result, content, location: here };
    // Without a schema there is no content, yet `produces` still governs content negotiation.
    if (!schema) normalised.produces = declaredProduces;
    return normalised;
  });
}
