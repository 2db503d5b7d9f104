import type { CheckContext } from '../check-context.js';
import { deserialiseString } from '../params/deserialise.js';
import { headerNames, headerValue } from '../params/header-values.js';
import { cachedShape } from '../params/schema-shape.js';
import { validateParam } from '../params/validate-param.js';
import { reportSchemaErrors } from '../report-schema-errors.js';
import { STANDARD_REQUEST_HEADERS } from '../standard-headers.js';
import { securityNames } from './check-security.js';

/** OpenAPI says header parameters with these names are ignored: other fields describe them. */
const IGNORED = new Set(['accept', 'content-type', 'authorization']);

/** Declared header parameters, and non-standard headers the spec does not mention (warnings). */
export function checkHeaders(context: CheckContext): void {
  const { operation, findings } = context;
  const headers = context.interaction.request.headers;
  const declared = operation.parameters.filter(
    (p) => p.in === 'header' && !IGNORED.has(p.name.toLowerCase()),
  );
  const known = securityNames(context, 'header');

  for (const param of declared) {
    const name = param.name.toLowerCase();
    known.add(name);
    const raw = headerValue(headers, name);
    if (raw === undefined) {
      if (param.required) {
        findings.add({
          code: 'request.header.incompatible',
          type: 'error',
          message: `Value is incompatible with the parameter defined in the spec file: must have required property '${param.name}'`,
          mockLocation: `request.headers.${name}`,
          specLocation: param.location,
        });
      }
      continue;
    }
    const shape = cachedShape(context.spec.spec.schemaRoot, param);
    const value = deserialiseString(raw, shape, {
      name: param.name,
      style: 'simple',
      explode: param.explode,
    });
    reportSchemaErrors(findings, validateParam(context.spec.validators, param, value), {
      code: 'request.header.incompatible',
      prefix: 'Value is incompatible with the parameter defined in the spec file',
      mockLocation: `request.headers.${name}`,
      specLocation: `${param.location}.schema`,
      value,
    });
  }

  for (const name of new Set(headerNames(headers))) {
    if (known.has(name) || STANDARD_REQUEST_HEADERS.has(name)) continue;
    findings.add({
      code: 'request.header.unknown',
      type: 'warning',
      message: `Request header is not defined in the spec file: ${name}`,
      mockLocation: `request.headers.${name}`,
      mockValue: headerValue(headers, name),
      specLocation: operation.location,
    });
  }
}
