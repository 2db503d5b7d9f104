import { SpecError } from '../spec-error.js';
import type { SecurityRequirement, SecurityScheme } from '../model.js';
import { childPointer } from '../pointer.js';
import type { NormaliseContext } from './context.js';
import { optionalArray, optionalObject, requireObject } from './guards.js';

/**
 * The security of an operation: its own `security` when present (`[]` = none), else the document's.
 *
 * @example operationSecurity([{ key: [] }], undefined, '/paths/~1a/get/security') // [[{ scheme: 'key', scopes: [] }]]
 */
export function operationSecurity(own: unknown, global: unknown, pointer: string): SecurityRequirement[] {
  const value = own === undefined ? global : own;
  const listPointer = own === undefined ? '/security' : pointer;
  return optionalArray(value, listPointer, 'security').map((entry, index) => {
    const requirement = requireObject(entry, childPointer(listPointer, index), 'security requirement');
    return Object.entries(requirement).map(([scheme, scopes]) => ({
      scheme,
      scopes: Array.isArray(scopes)
        ? scopes.filter((scope): scope is string => typeof scope === 'string')
        : [],
    }));
  });
}

/** Security schemes of `components.securitySchemes` (OpenAPI 3) or `securityDefinitions` (Swagger 2). */
export function securitySchemes(
  context: NormaliseContext,
  value: unknown,
  pointer: string,
): Record<string, SecurityScheme> {
  const definitions = optionalObject(value, pointer, 'security schemes');
  const result: Record<string, SecurityScheme> = {};
  for (const name of Object.keys(definitions)) {
    const resolved = context.refs.deref(definitions[name], childPointer(pointer, name));
    result[name] = securityScheme(
      requireObject(resolved.node, resolved.pointer, 'security scheme'),
      resolved.pointer,
    );
  }
  return result;
}

function securityScheme(scheme: Record<string, unknown>, pointer: string): SecurityScheme {
  switch (scheme.type) {
    case 'apiKey': {
      const where = scheme.in;
      if (
        (where !== 'header' && where !== 'query' && where !== 'cookie') ||
        typeof scheme.name !== 'string'
      ) {
        throw new SpecError(
          'spec.invalid',
          'apiKey scheme needs "name" and "in" (header, query or cookie)',
          pointer,
        );
      }
      return { type: 'apiKey', in: where, name: scheme.name };
    }
    case 'http': {
      const name = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : 'bearer';
      return typeof scheme.bearerFormat === 'string'
        ? { type: 'http', scheme: name, bearerFormat: scheme.bearerFormat }
        : { type: 'http', scheme: name };
    }
    case 'basic':
      return { type: 'http', scheme: 'basic' };
    case 'oauth2':
    case 'openIdConnect':
    case 'mutualTLS':
      return { type: scheme.type };
    default:
      throw new SpecError(
        'spec.invalid',
        `unknown security scheme type ${JSON.stringify(scheme.type)}`,
        childPointer(pointer, 'type'),
      );
  }
}
