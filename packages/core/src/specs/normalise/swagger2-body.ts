import type { MediaType, RequestBody } from '../model.js';
import { childLocation } from '../location.js';
import { writtenSchema, type NormaliseContext } from './context.js';
import type { RawParameter } from './parameters.js';
import type { RawOperation } from './operations.js';
import { schemaOf } from './schema-value.js';
import { inlineSchema } from './swagger2-schema.js';
import { collectionStyle } from './swagger2-parameter.js';

const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** Where the synthesised object schema of an operation's `formData` parameters is written. */
export const formSchemaKey = 'x-signet-form-schema';

/** The request body of a Swagger 2 `in: body` parameter: one entry per `consumes` media type. */
export function bodyParameter(
  context: NormaliseContext,
  body: RawParameter,
  consumes: string[],
): RequestBody {
  const schema = schemaOf(context, body.node, body.pointer);
  const content: Record<string, MediaType> = {};
  for (const mediaType of consumes)
    content[mediaType] = schema ? { schema, location: body.location } : { location: body.location };
  return { required: body.node.required === true, content, location: body.location };
}

/**
 * The request body of Swagger 2 `formData` parameters: an object schema (properties `$ref` each field's
 * inline schema) under the form media types of `consumes`, or the one that fits when none is declared.
 */
export function formBody(
  context: NormaliseContext,
  raw: RawOperation,
  fields: RawParameter[],
  consumes: string[],
): RequestBody {
  const schemaRef = writtenSchema(context, raw.operation, raw.pointer, formSchemaKey, () =>
    formSchema(context, fields),
  );
  const encoding: NonNullable<MediaType['encoding']> = {};
  for (const { name, node } of fields) {
    if (node.type === 'array') encoding[name] = collectionStyle(node.collectionFormat, 'query');
    if (node.type === 'file') encoding[name] = { contentType: 'application/octet-stream' };
  }
  const declared = consumes.filter((type) =>
    formTypes.includes(type.split(';')[0]?.trim().toLowerCase() ?? ''),
  );
  const hasFile = fields.some((field) => field.node.type === 'file');
  const fallback = hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
  const location = childLocation(raw.location, 'parameters');
  const content: Record<string, MediaType> = {};
  for (const mediaType of declared.length > 0 ? declared : [fallback]) {
    content[mediaType] = {
      schema: schemaRef,
      location,
      ...(Object.keys(encoding).length > 0 ? { encoding } : {}),
    };
  }
  const required = fields.some((field) => field.node.required === true);
  return { required, content, location };
}

/** An object schema whose properties `$ref` each field's inline schema. */
function formSchema(context: NormaliseContext, fields: RawParameter[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const field of fields) {
    properties[field.name] = context.refs.link(inlineSchema(context, field.node, field.pointer).pointer);
    if (field.node.required === true) required.push(field.name);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}
