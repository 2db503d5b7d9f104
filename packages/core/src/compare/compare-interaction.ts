import type { HttpInteraction } from '../contracts/model.js';
import type { CheckContext, CompareOptions } from './check-context.js';
import { FindingCollector } from './finding.js';
import { recordInternalError } from './internal-errors.js';
import type { Finding } from './model.js';
import { checkAccept } from './request/check-accept.js';
import { checkRequestBody } from './request/check-body.js';
import { checkRequestContentType } from './request/check-content-type.js';
import { checkCookies } from './request/check-cookies.js';
import { checkHeaders } from './request/check-headers.js';
import { checkQuery } from './request/check-query.js';
import { checkSecurity } from './request/check-security.js';
import { checkResponseBody } from './response/check-body.js';
import { checkResponseContentType } from './response/check-content-type.js';
import { checkResponseHeaders } from './response/check-headers.js';
import { checkStatus } from './response/check-status.js';
import { reportSchemaErrors } from './report-schema-errors.js';
import { resolveRoute } from './route/resolve-operation.js';
import type { SpecContext } from './spec-context.js';

/** Routes one HTTP interaction and runs every check on it. */
export function compareInteraction(
  spec: SpecContext,
  interaction: HttpInteraction,
  options: CompareOptions,
): Finding[] {
  const findings = new FindingCollector(interaction);
  const request = interaction.request;
  const resolved = guarded(() => resolveRoute(spec, request), undefined);
  if (!resolved) {
    findings.add({
      code: 'request.path-or-method.unknown',
      type: 'error',
      message: `Path or method not defined in spec file: ${request.method} ${request.path}`,
      mockLocation: 'request.path',
      mockValue: request.path,
      specLocation: '[root].paths',
    });
    return findings.findings;
  }
  const operation = resolved.operation;
  findings.operation = operation;
  const context: CheckContext = { spec, interaction, operation, findings, options };
  for (const { param, value, errors } of resolved.unchecked) {
    reportSchemaErrors(findings, errors, {
      code: 'request.path-or-method.unknown',
      prefix: 'Path parameter is incompatible with the parameter defined in the spec file',
      mockLocation: `request.path.${param.name}`,
      specLocation: `${param.location}.schema`,
      value,
    });
  }
  // A consumer testing a 4xx answer sends a bad request on purpose: its parameters, credentials and
  // body are not held against it. Media types still are, since they decide how the answer is encoded.
  const status = interaction.response.status;
  const expectsClientError = status >= 400 && status < 500;

  if (!expectsClientError) {
    guarded(() => checkSecurity(context), undefined);
    guarded(() => checkHeaders(context), undefined);
    guarded(() => checkCookies(context), undefined);
    guarded(() => checkQuery(context), undefined);
  }
  guarded(() => checkAccept(context), undefined);
  const requestKey = guarded(() => checkRequestContentType(context), undefined);
  if (!expectsClientError) bodyGuarded(context, 'request', () => checkRequestBody(context, requestKey));

  const selected = guarded(() => checkStatus(context), undefined);
  if (!selected) return findings.findings;
  guarded(() => checkResponseHeaders(context, selected.response), undefined);
  const responseKey = guarded(() => checkResponseContentType(context, selected.response), undefined);
  bodyGuarded(context, 'response', () => checkResponseBody(context, selected.response, responseKey));
  return findings.findings;
}

/** A check that fails unexpectedly is contained: the interaction's other checks still run. */
function guarded<T>(check: () => T, fallback: T): T {
  try {
    return check();
  } catch (error) {
    recordInternalError(error);
    return fallback;
  }
}

/** A body check that fails unexpectedly becomes an `unvalidatable` warning rather than a crash. */
function bodyGuarded(context: CheckContext, side: 'request' | 'response', check: () => void): void {
  try {
    check();
  } catch (error) {
    recordInternalError(error);
    context.findings.add({
      code: side === 'request' ? 'request.body.unvalidatable' : 'response.body.unvalidatable',
      type: 'warning',
      message: `The ${side} body could not be validated: ${error instanceof Error ? error.message : String(error)}`,
      mockLocation: `${side}.body`,
      specLocation: context.operation.location,
    });
  }
}
