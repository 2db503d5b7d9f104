import type { HttpRequest } from '../../contracts/model.js';
import type { SecurityScheme } from '../../specs/model.js';
import type { CheckContext } from '../check-context.js';
import { headerValue, parseCookies } from '../params/header-values.js';

/**
 * `request.authorization.missing` when no security requirement of the operation is met: requirements are
 * alternatives, the schemes inside one must all be present. `request.authorization.incompatible` instead when
 * an `Authorization` header is sent, but in another scheme than the http one a requirement needs. Only presence is checked — a contract cannot
 * prove a credential is valid. Schemes the spec does not define, and mutual TLS, cannot be seen in a
 * contract and count as met.
 */
export function checkSecurity(context: CheckContext): void {
  const { operation, interaction } = context;
  const schemes = context.spec.spec.securitySchemes;
  if (operation.security.length === 0) return;
  // PactFlow's x-opc-config-no-authorization-schema: any Authorization header meets an http scheme.
  const lenient = context.spec.config.noAuthorizationSchema;
  const met = operation.security.some((requirement) =>
    requirement.every(({ scheme }) => {
      const definition = schemes[scheme];
      return definition === undefined || presented(definition, interaction.request, lenient);
    }),
  );
  if (met) return;
  const first = operation.security[0]?.map(({ scheme }) => schemes[scheme]).find((s) => s !== undefined);
  const wrong = wrongHttpScheme(context, interaction.request);
  if (wrong) {
    context.findings.add({
      code: 'request.authorization.incompatible',
      type: 'error',
      message: `Request Authorization header uses the ${wrong.sent} scheme, but the spec file requires ${wrong.wanted}`,
      mockLocation: 'request.headers.authorization',
      mockValue: wrong.sent,
      specLocation: operation.location,
      specValue: wrong.wanted,
    });
    return;
  }
  const inQuery = first?.type === 'apiKey' && first.in === 'query';
  context.findings.add({
    code: 'request.authorization.missing',
    type: 'error',
    message: `Request Authorization ${inQuery ? 'query' : 'header'} is missing but is required by the spec file`,
    mockLocation: inQuery ? 'request.query' : 'request.headers',
    specLocation: operation.location,
  });
}

/**
 * When an `Authorization` header is sent but in a scheme no requirement takes (`Basic …` where the spec wants
 * `bearer`), and some requirement is an http scheme alone (nothing else of it is missing): what was sent and
 * what was wanted. The credential is there, so "missing" would send the reader looking for the wrong thing.
 */
function wrongHttpScheme(
  context: CheckContext,
  request: HttpRequest,
): { sent: string; wanted: string } | undefined {
  const authorization = headerValue(request.headers, 'authorization')?.trim();
  if (!authorization) return undefined;
  const schemes = context.spec.spec.securitySchemes;
  const wanted = new Set<string>();
  for (const requirement of context.operation.security) {
    const definitions = requirement.map(({ scheme }) => schemes[scheme]);
    const http = definitions.filter((d) => d?.type === 'http');
    const othersMet = definitions.every((d) => d === undefined || d.type === 'http' || presented(d, request));
    if (http.length === 1 && othersMet && http[0]?.type === 'http') wanted.add(http[0].scheme);
  }
  if (wanted.size === 0) return undefined;
  const sent = authorization.split(/\s+/)[0] as string;
  return { sent, wanted: [...wanted].join(' or ') };
}

function presented(scheme: SecurityScheme, request: HttpRequest, anyHttpScheme = false): boolean {
  const authorization = headerValue(request.headers, 'authorization');
  switch (scheme.type) {
    case 'apiKey':
      if (scheme.in === 'query') return request.query[scheme.name] !== undefined;
      if (scheme.in === 'cookie')
        return parseCookies(headerValue(request.headers, 'cookie')).has(scheme.name);
      return headerValue(request.headers, scheme.name) !== undefined;
    case 'http':
      if (anyHttpScheme) return authorization !== undefined;
      return (
        authorization !== undefined &&
        authorization.trim().toLowerCase().startsWith(`${scheme.scheme.toLowerCase()} `)
      );
    case 'oauth2':
    case 'openIdConnect':
      return authorization !== undefined && authorization.trim() !== '';
    case 'mutualTLS':
      return true;
  }
}

/** Header and query names the operation's security schemes use, which are therefore not "unknown". */
export function securityNames(context: CheckContext, where: 'header' | 'query'): Set<string> {
  const names = new Set<string>();
  for (const requirement of context.operation.security) {
    for (const { scheme } of requirement) {
      const definition = context.spec.spec.securitySchemes[scheme];
      if (definition?.type === 'apiKey' && definition.in === where) {
        names.add(where === 'header' ? definition.name.toLowerCase() : definition.name);
      }
    }
  }
  return names;
}
