import type { MessageSchema } from '../model.js';
import { childLocation } from '../location.js';
import type { NormaliseContext } from '../normalise/context.js';
import { schemaAt } from '../normalise/context.js';
import { isObject } from '../normalise/guards.js';
import { childPointer } from '../pointer.js';

// Schema formats that are JSON Schema as the validator runs it: AsyncAPI's own dialect (a draft-07 superset)
// and JSON Schema draft-07 and earlier, in JSON or YAML.
const JSON_SCHEMA_FORMAT =
  /^application\/(vnd\.aai\.asyncapi|schema)(\+json|\+yaml)?(;\s*version=[\w.-]+)?$/i;

/**
 * A message's `payload` or `headers`. AsyncAPI 3 may wrap a schema as `{ schemaFormat, schema }`; AsyncAPI 2
 * names the payload's format on the message (`schemaFormat`). Only JSON Schema formats can be checked: any
 * other (Avro, RAML, Protobuf) is kept as unsupported, so a comparison never passes on a schema it did not read.
 */
export function messageSchema(
  context: NormaliseContext,
  value: unknown,
  pointer: string,
  location: string,
  declaredFormat: unknown,
): MessageSchema | undefined {
  if (value === undefined || value === null) return undefined;
  let schema: unknown = value;
  let at = pointer;
  let where = location;
  let format = declaredFormat;
  if (isObject(value) && 'schemaFormat' in value && 'schema' in value) {
    format = value.schemaFormat;
    schema = value.schema;
    at = childPointer(pointer, 'schema');
    where = childLocation(location, 'schema');
  }
  if (format !== undefined && (typeof format !== 'string' || !JSON_SCHEMA_FORMAT.test(format.trim()))) {
    return {
      kind: 'unsupported',
      reason: `schema format ${JSON.stringify(format)} is not JSON Schema`,
      location,
    };
  }
  if (typeof schema !== 'boolean' && !isObject(schema)) {
    return { kind: 'unsupported', reason: 'the schema is not an object', location: where };
  }
  return { kind: 'schema', ref: schemaAt(context, at, schema), location: where };
}
