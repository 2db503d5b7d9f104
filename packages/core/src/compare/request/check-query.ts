import type { CheckContext } from '../check-context.js';
import { readQuery } from '../params/query-values.js';
import { lenientNumber } from '../params/lenient-number.js';
import { cachedShape } from '../params/schema-shape.js';
import { validateParam } from '../params/validate-param.js';
import { reportSchemaErrors } from '../report-schema-errors.js';
import { securityNames } from './check-security.js';

/**
 * Declared query parameters (present when required, valid by style and schema) and unknown keys (warnings). A
 * number the schema takes only when read leniently (`0x10`, ` 5`) is a warning.
 */
export function checkQuery(context: CheckContext): void {
  const { operation, findings } = context;
  const query = context.interaction.request.query;
  const declared = operation.parameters.filter((p) => p.in === 'query');
  const known = securityNames(context, 'query');
  for (const param of declared) known.add(param.name);
  const deepPrefixes = declared.filter((p) => p.style === 'deepObject').map((p) => `${p.name}[`);
  const unclaimed = Object.keys(query).filter(
    (k) => !known.has(k) && !deepPrefixes.some((p) => k.startsWith(p)),
  );
  const used = new Set<string>();

  for (const param of declared) {
    const value = readQuery(query, param, cachedShape(context.spec.spec.schemaRoot, param), unclaimed);
    if (value === undefined) {
      if (param.required) {
        findings.add({
          code: 'request.query.incompatible',
          type: 'error',
          message: `Value is incompatible with the parameter defined in the spec file: missing required query parameter ${param.name}`,
          mockLocation: `request.query.${param.name}`,
          specLocation: param.location,
        });
      }
      continue;
    }
    for (const key of value.keys) used.add(key);
    const seen = new Set<string>();
    for (const candidate of value.candidates) {
      const errors = validateParam(context.spec.validators, param, candidate);
      const lenient = errors.length === 0 ? lenientNumber(param, candidate) : undefined;
      if (lenient !== undefined) {
        findings.add({
          code: 'request.query.incompatible',
          type: 'warning',
          message: `Value is incompatible with the parameter defined in the spec file: ${lenient}, so a provider parsing it strictly may refuse it`,
          mockLocation: `request.query.${param.name}`,
          mockValue: candidate,
          specLocation: `${param.location}.schema`,
        });
      }
      reportSchemaErrors(findings, errors, {
        code: 'request.query.incompatible',
        prefix: 'Value is incompatible with the parameter defined in the spec file',
        mockLocation: `request.query.${param.name}`,
        specLocation: `${param.location}.schema`,
        value: candidate,
        seen,
      });
    }
  }

  for (const key of Object.keys(query)) {
    if (used.has(key) || known.has(key)) continue;
    findings.add({
      code: 'request.query.unknown',
      type: 'warning',
      message: `Query parameter is not defined in the spec file: ${key}`,
      mockLocation: `request.query.${key}`,
      mockValue: query[key],
      specLocation: operation.location,
    });
  }
}
