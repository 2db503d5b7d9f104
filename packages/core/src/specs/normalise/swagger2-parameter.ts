import type { Parameter, ParameterLocation } from '../model.js';
import type { NormaliseContext } from './context.js';
import { defaultStyle, invalidLocation, type RawParameter } from './parameters.js';
import { inlineSchema } from './swagger2-schema.js';

const locations: readonly string[] = ['path', 'query', 'header', 'body', 'formData'];

/** OpenAPI 3 style/explode equivalent of a Swagger 2 `collectionFormat` (csv when absent). */
export function collectionStyle(format: unknown, where: string): { style: string; explode: boolean } {
  switch (format) {
    case 'multi':
      return { style: 'form', explode: true };
    case 'ssv':
      return { style: 'spaceDelimited', explode: false };
    case 'pipes':
      return { style: 'pipeDelimited', explode: false };
    case 'tsv':
      return { style: 'tabDelimited', explode: false };
    default:
      return { style: defaultStyle(where), explode: false };
  }
}

export function checkSwaggerLocation(parameter: RawParameter): void {
  if (!locations.includes(parameter.in)) throw invalidLocation(parameter, locations);
}

/** A Swagger 2 path, query or header parameter; its schema is written inline into the root. */
export function swagger2Parameter(context: NormaliseContext, parameter: RawParameter): Parameter {
  const { node } = parameter;
  const where = parameter.in as ParameterLocation;
  const serialisation =
    node.type === 'array'
      ? collectionStyle(node.collectionFormat, where)
      : { style: defaultStyle(where), explode: where === 'query' };
  return {
    name: parameter.name,
    in: where,
    required: where === 'path' ? true : node.required === true,
    ...serialisation,
    allowReserved: false,
    schema: inlineSchema(context, node, parameter.pointer),
    location: parameter.location,
  };
}
