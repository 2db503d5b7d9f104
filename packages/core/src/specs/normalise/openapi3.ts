import type { Operation, ProviderSpec, RequestBody } from '../model.js';
import { childPointer } from '../pointer.js';
import { childLocation } from '../location.js';
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
  // Most operations use the document's servers: read each servers list once.
  const basePaths = new Map<unknown, string[]>();
  const operations = eachOperation(context, (raw) => operation(context, raw, basePaths));
  return { operations, securitySchemes: schemes };
}

function operation(
  context: NormaliseContext,
  raw: RawOperation,
  basePaths: Map<unknown, string[]>,
): Operation {
  const { operation: node, pointer } = raw;
  const servers = firstServers(node.servers, raw.item.servers, context.root.servers);
  let prefixes = basePaths.get(servers);
  if (prefixes === undefined) basePaths.set(servers, (prefixes = serverBasePaths(servers)));
  const result: Operation = {
    method: raw.method,
    path: raw.path,
    // A copy each: callers may change one operation's list (addConfiguredBasePath replaces it).
    basePaths: [...prefixes],
    parameters: mergedParameters(context, raw)
      .filter((parameter) => !isIgnoredHeader(parameter))
      .map((parameter) => openapi3Parameter(context, parameter)),
    responses: openapi3Responses(
      context,
      node.responses,
      childPointer(pointer, 'responses'),
      childLocation(raw.location, 'responses'),
    ),
    security: operationSecurity(node.security, context.root.security, childPointer(pointer, 'security')),
    location: raw.location,
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
  const location = childLocation(raw.location, 'requestBody');
  const contentPointer = childPointer(resolved.pointer, 'content');
  return {
    required: body.required === true,
    content: contentMap(context, body.content, contentPointer, childLocation(location, 'content')),
    location,
  };
}

/** Operation servers override path item servers, which override the document's; an empty list overrides nothing. */
function firstServers(operation: unknown, item: unknown, document: unknown): unknown {
  if (Array.isArray(operation) && operation.length > 0) return operation;
  if (Array.isArray(item) && item.length > 0) return item;
  return Array.isArray(document) && document.length > 0 ? document : undefined;
}
