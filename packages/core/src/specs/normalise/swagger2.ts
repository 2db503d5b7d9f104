import type { Operation, ProviderSpec } from '../model.js';
import { childPointer } from '../pointer.js';
import { childLocation } from '../location.js';
import type { NormaliseContext } from './context.js';
import { swaggerBasePaths } from './base-paths.js';
import { eachOperation, type RawOperation } from './operations.js';
import { mergedParameters } from './parameters.js';
import { operationSecurity, securitySchemes } from './security.js';
import { bodyParameter, formBody } from './swagger2-body.js';
import { checkSwaggerLocation, swagger2Parameter } from './swagger2-parameter.js';
import { swagger2Responses } from './swagger2-responses.js';

/** Operations and security schemes of a Swagger 2.0 document. */
export function normaliseSwagger2(
  context: NormaliseContext,
): Pick<ProviderSpec, 'operations' | 'securitySchemes'> {
  const schemes = securitySchemes(context, context.root.securityDefinitions, '/securityDefinitions');
  return { operations: eachOperation(context, (raw) => operation(context, raw)), securitySchemes: schemes };
}

function operation(context: NormaliseContext, raw: RawOperation): Operation {
  const { root } = context;
  const { operation: node, pointer } = raw;
  const consumes = mediaTypes(node.consumes ?? root.consumes);
  const produces = mediaTypes(node.produces ?? root.produces);
  const parameters = mergedParameters(context, raw);
  parameters.forEach(checkSwaggerLocation);
  const result: Operation = {
    method: raw.method,
    path: raw.path,
    basePaths: swaggerBasePaths(root.basePath),
    parameters: parameters
      .filter((parameter) => parameter.in !== 'body' && parameter.in !== 'formData')
      .map((parameter) => swagger2Parameter(context, parameter)),
    responses: swagger2Responses(
      context,
      node.responses,
      childPointer(pointer, 'responses'),
      childLocation(raw.location, 'responses'),
      produces,
      declaredMediaTypes(node.produces, root.produces),
    ),
    security: operationSecurity(node.security, root.security, childPointer(pointer, 'security')),
    location: raw.location,
    pointer,
  };
  if (typeof node.operationId === 'string') result.operationId = node.operationId;
  const body = parameters.find((parameter) => parameter.in === 'body');
  const fields = parameters.filter((parameter) => parameter.in === 'formData');
  if (body) result.requestBody = bodyParameter(context, body, consumes);
  else if (fields.length > 0) result.requestBody = formBody(context, raw, fields, consumes);
  return result;
}

/** The operation's `produces` if it is a list, else the root's, as written (no JSON default). */
function declaredMediaTypes(own: unknown, inherited: unknown): string[] {
  const types = Array.isArray(own) ? own : inherited;
  return Array.isArray(types) ? types.filter((type): type is string => typeof type === 'string') : [];
}

/** `consumes`/`produces` as a list of media types; JSON when none are declared. */
function mediaTypes(value: unknown): string[] {
  const types = Array.isArray(value) ? value.filter((type): type is string => typeof type === 'string') : [];
  return types.length > 0 ? types : ['application/json'];
}
