import type { HttpInteraction } from '../contracts/model.js';
import type { CheckContext, CompareOptions } from './check-context.js';
import { FindingCollector, type FindingInput } from './finding.js';
import { interactionChecks, type CheckName, type InteractionChecks } from './interaction-checks.js';
import type { Finding } from './model.js';
import { reportSchemaErrors } from './report-schema-errors.js';
import { reportRouteLeniency } from './route/report-leniency.js';
import type { SpecContext } from './spec-context.js';

/**
 * Routes one HTTP interaction and runs every check on it. A check that throws is contained (the others still
 * run) and fails closed: an `internal.check-failed` error names it, so what it should have checked never
 * passes unseen.
 */
export function compareInteraction(
  spec: SpecContext,
  interaction: HttpInteraction,
  options: CompareOptions,
  checks: InteractionChecks = interactionChecks,
): Finding[] {
  const findings = new FindingCollector(interaction);
  const request = interaction.request;
  let resolved;
  try {
    resolved = checks.route(spec, request);
  } catch (error) {
    findings.add(checkFailed('route', error, '[root].paths'));
    return findings.findings;
  }
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
  reportRouteLeniency(findings, resolved.match, request, options, spec.config);
  const context: CheckContext = { spec, interaction, operation, findings, options };
  const guarded = <T>(name: CheckName, check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      findings.add(checkFailed(name, error, operation.location));
      return undefined;
    }
  };
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
    guarded('security', () => checks.security(context));
    guarded('headers', () => checks.headers(context));
    guarded('cookies', () => checks.cookies(context));
    guarded('query', () => checks.query(context));
  }
  guarded('accept', () => checks.accept(context));
  const requestKey = guarded('request content type', () => checks['request content type'](context));
  if (!expectsClientError) guarded('request body', () => checks['request body'](context, requestKey));

  const selected = guarded('status', () => checks.status(context));
  if (!selected) return findings.findings;
  guarded('response headers', () => checks['response headers'](context, selected.response));
  const responseKey = guarded('response content type', () =>
    checks['response content type'](context, selected.response),
  );
  guarded('response body', () => checks['response body'](context, selected.response, responseKey));
  return findings.findings;
}

/** The finding for a check that threw: an error, so the interaction is not compatible. */
export function checkFailed(name: string, error: unknown, specLocation: string): FindingInput {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal.check-failed',
    type: 'error',
    message: `The ${name} check failed unexpectedly (${reason}), so this interaction cannot be judged compatible`,
    mockLocation: 'request',
    specLocation,
  };
}
