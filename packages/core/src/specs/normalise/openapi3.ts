import type { Operation, ProviderSpec, RequestBody } from '../model.js';
import { childPointer } from '../pointer.js';
import { formatLocation } from '../location.js';
import type { NormaliseContext } from './context.js';
import { optionalObject, requireObject } from './guards.js';
import { serverBasePaths } from './base-paths.js';
import { contentMap } from './media-types.js';
import { eachOperation, type RawOperation } from './operations.js';
import { isIgnoredHeader, openapi3Parameter } from './openapi3-parameter.js';
import { mergedParameters } from './parameters.js';
import { openapi3Responses } from './openapi3-responses.js';
import { operationSecurity, securitySchemes } from './security.js';

/** Operations and security schemes of an OpenAPI 3.0 or 3.1 document. */
export function normaliseOpenapi3(
  context: NormaliseContext,
): Pick<ProviderSpec, 'operations' | 'securitySchemes'> {
  const components = optionalObject(context.root.components, '/components', 'components');
  const schemes = securitySchemes(context, components.securitySchemes, '/components/securitySchemes');
  return { operations: eachOperation(context, (raw) => operation(context, raw)), securitySchemes: schemes };
}

function operation(context: NormaliseContext, raw: RawOperation): Operation {
  const { operation: node, pointer } = raw;
  const result: Operation = {
    method: raw.method,
    path: raw.path,
    basePaths: serverBasePaths(firstServers(node.servers, raw.item.servers, context.root.servers)),
    parameters: mergedParameters(context, raw)
      .filter((parameter) => !isIgnoredHeader(parameter))
      .map((parameter) => openapi3Parameter(context, parameter)),
    responses: openapi3Responses(context, node.responses, childPointer(pointer, 'responses'), [
      ...raw.location,
      'responses',
    ]),
    security: operationSecurity(node.security, context.root.security, childPointer(pointer, 'security')),
    location: formatLocation(raw.location),
    pointer,
  };
  if (typeof node.operationId === 'string') result.operationId = node.operationId;
  if (node.requestBody !== undefined) result.requestBody = requestBody(context, raw);
  return result;
}

function requestBody(context: NormaliseContext, raw: RawOperation): RequestBody {
  const declared = childPointer(raw.pointer, 'requestBody');
  const resolved = context.refs.deref(raw.operation.requestBody, declared);
  const body = requireObject(resolved.node, resolved.pointer, 'requestBody');
  const location = [...raw.location, 'requestBody'];
  return {
    required: body.required === true,
    content: contentMap(context, body.content, childPointer(resolved.pointer, 'content'), [
      ...location,
      'content',
    ]),
    location: formatLocation(location),
  };
}

/** Operation servers override path item servers, which override the document's; an empty list overrides nothing. */
function firstServers(...levels: unknown[]): unknown {
  return levels.find((servers) => Array.isArray(servers) && servers.length > 0);
}
