import type { Operation, SecurityScheme } from '@signet/core';
import { header, type MockRequest } from '../http/mock-exchange.js';
import { cookies } from './cookies.js';
import type { RequestViolation } from './request-violation.js';

/**
 * Whether the request carries credentials for at least one of the operation's security requirements (every
 * scheme of it). Only presence is checked: a stub cannot know which tokens are good. mutualTLS cannot be
 * presented over the mock's plain HTTP, so a requirement naming it is never satisfied.
 */
export function validateSecurity(
  schemes: Record<string, SecurityScheme>,
  operation: Operation,
  request: MockRequest,
): RequestViolation[] {
  if (operation.security.length === 0) return [];
  const missing: string[] = [];
  for (const requirement of operation.security) {
    const absent = requirement.filter(({ scheme }) => !presented(schemes[scheme], request));
    if (absent.length === 0) return [];
    missing.push(absent.map(({ scheme }) => describe(scheme, schemes[scheme])).join(' and '));
  }
  return [
    {
      kind: 'security',
      location: 'security',
      message: `missing credentials: expected ${missing.join(', or ')}`,
    },
  ];
}

function presented(scheme: SecurityScheme | undefined, request: MockRequest): boolean {
  if (!scheme) return false;
  const authorization = header(request, 'authorization') ?? '';
  if (scheme.type === 'apiKey') {
    if (scheme.in === 'header') return header(request, scheme.name) !== undefined;
    if (scheme.in === 'query') return request.query[scheme.name] !== undefined;
    return cookies(header(request, 'cookie') ?? '').has(scheme.name);
  }
  if (scheme.type === 'http') return authScheme(authorization) === scheme.scheme.toLowerCase();
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect')
    return authScheme(authorization) === 'bearer';
  return false;
}

/** The lower-case scheme of an Authorization value that also carries credentials (`Bearer abc` → `bearer`). */
function authScheme(value: string): string | undefined {
  const found = /^([!#$%&'*+.^_`|~\w-]+) +\S/.exec(value);
  return found?.[1]?.toLowerCase();
}

function describe(name: string, scheme: SecurityScheme | undefined): string {
  if (!scheme) return `${name} (undefined scheme)`;
  if (scheme.type === 'apiKey') return `${name} (${scheme.in} ${scheme.name})`;
  if (scheme.type === 'http') return `${name} (Authorization: ${scheme.scheme})`;
  if (scheme.type === 'mutualTLS') return `${name} (mutual TLS, not available from the mock)`;
  return `${name} (Authorization: Bearer)`;
}
