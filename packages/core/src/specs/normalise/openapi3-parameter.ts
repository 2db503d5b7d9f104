import type { Parameter, ParameterLocation } from '../model.js';
import type { NormaliseContext } from './context.js';
import { singleContent } from './media-types.js';
import { defaultStyle, invalidLocation, type RawParameter } from './parameters.js';
import { schemaOf } from './schema-value.js';

const locations: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

// OpenAPI 3: header parameters with these names SHALL be ignored (content negotiation and security cover them).
const ignoredHeaders = new Set(['accept', 'content-type', 'authorization']);

export function isIgnoredHeader(parameter: RawParameter): boolean {
  return parameter.in === 'header' && ignoredHeaders.has(parameter.name.toLowerCase());
}

/** An OpenAPI 3 parameter with style/explode defaults filled in. */
export function openapi3Parameter(context: NormaliseContext, parameter: RawParameter): Parameter {
  const where = parameter.in as ParameterLocation;
  if (!locations.includes(where)) throw invalidLocation(parameter, locations);
  const { node } = parameter;
  const style = typeof node.style === 'string' ? node.style : defaultStyle(where);
  const result: Parameter = {
    name: parameter.name,
    in: where,
    required: where === 'path' ? true : node.required === true,
    style,
    explode: typeof node.explode === 'boolean' ? node.explode : style === 'form',
    allowReserved: node.allowReserved === true,
    location: parameter.location,
  };
  const schema = schemaOf(context, node, parameter.pointer);
  if (schema) result.schema = schema;
  else if (node.content !== undefined) {
    const content = singleContent(context, node, parameter.pointer, parameter.location);
    if (content) {
      result.contentType = content.contentType;
      if (content.media.schema) result.schema = content.media.schema;
    }
  }
  return result;
}
