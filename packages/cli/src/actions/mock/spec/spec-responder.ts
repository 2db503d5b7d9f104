import type { Operation, ProviderSpec } from '@signet/core';
import { SchemaValidators } from '../../verify/schema-validators.js';
import type { MockRequest, MockResponse, Responder } from '../http/mock-exchange.js';
import { problemResponse } from '../http/problem.js';
import { readPrefer } from './prefer.js';
import { renderResponse, type GenerationOptions } from './render-response.js';
import { violationStatus, type RequestViolation } from './request-violation.js';
import { SpecRouter } from './spec-router.js';
import { validateBody } from './validate-body.js';
import { validateParams } from './validate-params.js';
import { validateSecurity } from './validate-security.js';

const TITLES: Record<number, string> = {
  400: 'Invalid Request',
  401: 'Missing Credentials',
  415: 'Unsupported Media Type',
  422: 'Invalid Request Body',
  500: 'Cannot Validate',
};

/**
 * Answers requests as the spec's provider would: routed to an operation (404 unknown path, 405 other method),
 * validated (problem+json naming each violation; see {@link violationStatus}), then answered from examples or
 * the schema.
 */
export function specResponder(spec: ProviderSpec, generation: GenerationOptions): Responder {
  const router = new SpecRouter(spec);
  // Core's Ajv factory, configured as the comparison does, over the spec's schema root; compiled once per pointer.
  const validators = new SchemaValidators(spec);
  return (request: MockRequest): MockResponse => {
    const route = router.route(request.method, request.path);
    if (route.kind === 'no-path') {
      const detail = `no operation of the spec has the path ${request.path}`;
      return problemResponse({ status: 404, code: 'no-route', title: 'Not Found', detail }, 'unmatched');
    }
    if (route.kind === 'no-method') {
      const detail = `${request.method} is not an operation of ${request.path}; allowed: ${route.allowed.join(', ')}`;
      const answer = problemResponse(
        { status: 405, code: 'no-method', title: 'Method Not Allowed', detail },
        'unmatched',
      );
      return { ...answer, headers: { ...answer.headers, allow: route.allowed.join(', ') } };
    }
    const { operation, pathValues } = route;
    const violations: RequestViolation[] = [
      ...validateSecurity(spec.securitySchemes, operation, request),
      ...validateParams(validators, spec.schemaRoot, operation, request, pathValues),
      ...validateBody(validators, operation, request),
    ];
    if (violations.length > 0) {
      const status = violationStatus(violations);
      const answer = problemResponse(
        {
          status,
          code: 'invalid-request',
          title: TITLES[status] ?? 'Invalid Request',
          detail: `${violations.length} violation(s) of ${operation.method.toUpperCase()} ${operation.path}`,
          violations: violations.map(({ location, message }) => ({ location, message })),
        },
        'invalid',
      );
      // RFC 9110: a 401 names the schemes that would do.
      const challenge = challenges(spec, operation);
      return status === 401 && challenge
        ? { ...answer, headers: { ...answer.headers, 'www-authenticate': challenge } }
        : answer;
    }
    return renderResponse(
      spec,
      validators,
      operation,
      request,
      readPrefer(request.headers['prefer']),
      generation,
    );
  };
}

/** `Basic, Bearer` for the operation's http, oauth2 and OpenID Connect schemes; undefined for API keys alone. */
function challenges(spec: ProviderSpec, operation: Operation): string | undefined {
  const names = new Set<string>();
  for (const { scheme } of operation.security.flat()) {
    const found = spec.securitySchemes[scheme];
    if (found?.type === 'http')
      names.add(found.scheme.charAt(0).toUpperCase() + found.scheme.slice(1).toLowerCase());
    else if (found?.type === 'oauth2' || found?.type === 'openIdConnect') names.add('Bearer');
  }
  return names.size > 0 ? [...names].join(', ') : undefined;
}
