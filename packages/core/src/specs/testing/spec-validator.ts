import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Operation, ProviderSpec, SchemaRef } from '../model.js';
import { fileURLToPath } from 'node:url';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Fixture directory for spec tests. */
export const fixtures = fileURLToPath(new URL('../../../test-fixtures/specs/', import.meta.url));

/**
 * Compiles SchemaRefs exactly as the comparison engine does: the whole `schemaRoot` added under the
 * key `root`, then `{ $ref: 'root#' + pointer }`, with `strict: false` and no discriminator support.
 */
export function specValidator(spec: ProviderSpec): (ref: SchemaRef) => ValidateFunction {
  const options = { strict: false, logger: false, allErrors: true } as const;
  const ajv = spec.dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  ajv.addSchema(spec.schemaRoot, 'root');
  return (ref) => ajv.compile({ $ref: 'root#' + ref.pointer });
}

/** Every SchemaRef an operation uses. */
export function schemaRefsOf(operation: Operation): SchemaRef[] {
  const refs = [
    ...operation.parameters.map((parameter) => parameter.schema),
    ...Object.values(operation.requestBody?.content ?? {}).map((media) => media.schema),
    ...operation.responses.flatMap((response) => [
      ...Object.values(response.content).map((media) => media.schema),
      ...Object.values(response.headers).map((header) => header.schema),
    ]),
  ];
  return refs.filter((ref): ref is SchemaRef => ref !== undefined);
}

/** The operation with this method and path; throws when missing so tests fail clearly. */
export function operationOf(spec: ProviderSpec, method: string, path: string): Operation {
  const found = spec.operations.find((operation) => operation.method === method && operation.path === path);
  if (!found) throw new Error(`no ${method} ${path}`);
  return found;
}
