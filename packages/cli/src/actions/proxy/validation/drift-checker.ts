import type { Operation, ProviderSpec } from '@signet/core';
import { SpecRouter } from '../../mock/spec/spec-router.js';
import { validateBody } from '../../mock/spec/validate-body.js';
import { validateParams } from '../../mock/spec/validate-params.js';
import { validateSecurity } from '../../mock/spec/validate-security.js';
import type { MockRequest } from '../../mock/http/mock-exchange.js';
import { runChecks } from '../../verify/checks/index.js';
import { operationLabel } from '../../verify/request-model.js';
import { SchemaValidators } from '../../verify/schema-validators.js';
import type { Exchange } from '../transport/index.js';
import { requestCode, responseCode } from './drift-codes.js';
import type { DriftFinding, ExchangeVerdict } from './drift-finding.js';
import { requestView, responseView, uncheckable } from './exchange-views.js';

/** What the checker needs besides the spec. */
export interface DriftCheckOptions {
  /** Bytes of each body the proxy keeps: a larger body cannot be judged, and says so. */
  captureLimit: number;
  /** As `signet test --allow-undeclared-response-fields`: fields the schema does not declare are no drift. */
  allowUndeclaredResponseFields?: boolean;
}

/**
 * Checks proxied exchanges against a provider spec with the engine `signet mock` and `signet test` use: the
 * mock's router and request validation (what the mock would refuse), then `signet test`'s checks on the answer
 * (status, Content-Type, headers, body read as written, undeclared fields). Each break gets the comparison's code.
 */
export class DriftChecker {
  private readonly router: SpecRouter;
  private readonly validators: SchemaValidators;

  constructor(
    private readonly spec: ProviderSpec,
    private readonly options: DriftCheckOptions,
  ) {
    this.router = new SpecRouter(spec);
    this.validators = new SchemaValidators(spec);
  }

  /**
   * The exchange's verdict; undefined for a CORS preflight the spec does not describe (an `OPTIONS` with
   * `Access-Control-Request-Method`: the browser's question, not a call of the API).
   */
  check(exchange: Exchange): ExchangeVerdict | undefined {
    const verdict = { method: exchange.method, url: exchange.url, status: exchange.status };
    const request = requestView(exchange);
    const route = this.router.route(request.method, request.path);
    const preflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'];
    if (preflight && route.kind !== 'found') return undefined;
    if (route.kind !== 'found') {
      const message =
        route.kind === 'no-path'
          ? `no operation of the spec has the path ${request.path}`
          : `${request.method} is not an operation of ${request.path}; allowed: ${route.allowed.join(', ')}`;
      const finding: DriftFinding = {
        code: 'request.path-or-method.unknown',
        side: 'request',
        location: 'path',
        message,
      };
      return { ...verdict, findings: [finding] };
    }
    const { operation, pathValues } = route;
    const findings = [
      ...this.requestFindings(exchange, operation, request, pathValues),
      ...this.responseFindings(exchange, operation),
    ];
    return { ...verdict, operation: operationLabel(operation), findings };
  }

  private requestFindings(
    exchange: Exchange,
    operation: Operation,
    request: MockRequest,
    pathValues: Record<string, string>,
  ): DriftFinding[] {
    const findings: DriftFinding[] = [
      ...validateSecurity(this.spec.securitySchemes, operation, request),
      ...validateParams(this.validators, this.spec.schemaRoot, operation, request, pathValues),
    ].map((v) => ({ code: requestCode(v), side: 'request', location: v.location, message: v.message }));
    const tooLarge = uncheckable(exchange.requestBody, this.options.captureLimit);
    if (tooLarge !== undefined)
      return [
        ...findings,
        { code: 'request.body.unvalidatable', side: 'request', location: 'body', message: tooLarge },
      ];
    for (const v of validateBody(this.validators, operation, request))
      findings.push({ code: requestCode(v), side: 'request', location: v.location, message: v.message });
    return findings;
  }

  private responseFindings(exchange: Exchange, operation: Operation): DriftFinding[] {
    const tooLarge = uncheckable(exchange.responseBody, this.options.captureLimit);
    const outcomes = runChecks({
      operation,
      kind: 'example',
      method: exchange.method,
      response: responseView(exchange),
      validators: this.validators,
      allowUndeclaredResponseFields: this.options.allowUndeclaredResponseFields === true,
    });
    const findings: DriftFinding[] = [];
    for (const { check, failure } of outcomes) {
      if (failure === undefined) continue;
      if (check === 'response-body' && tooLarge !== undefined) continue;
      const code = responseCode(check, failure.message);
      if (code === undefined) continue;
      const where = failure.violations?.map((v) => v.instancePath || '(root)').join(', ');
      findings.push({ code, side: 'response', location: locationOf(check, where), message: failure.message });
    }
    if (tooLarge !== undefined)
      findings.push({
        code: 'response.body.unvalidatable',
        side: 'response',
        location: 'body',
        message: tooLarge,
      });
    return findings;
  }
}

function locationOf(check: string, where: string | undefined): string {
  if (check === 'status-documented') return 'status';
  if (check === 'content-type-documented') return 'header.content-type';
  if (check === 'response-headers') return where ? `header.${where}` : 'header';
  return where ? `body ${where}` : 'body';
}
