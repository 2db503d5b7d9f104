import type { CheckContext } from '../check-context.js';
import { deserialiseString } from '../params/deserialise.js';
import { headerValue, parseCookies } from '../params/header-values.js';
import { cachedShape } from '../params/schema-shape.js';
import { validateParam } from '../params/validate-param.js';
import { reportSchemaErrors } from '../report-schema-errors.js';

/**
 * Declared cookie parameters, read from the `Cookie` header. Findings use the header codes (PactFlow has no
 * cookie codes) with locations under `request.headers.cookie`. Undeclared cookies are not reported.
 */
export function checkCookies(context: CheckContext): void {
  const declared = context.operation.parameters.filter((p) => p.in === 'cookie');
  if (declared.length === 0) return;
  const cookies = parseCookies(headerValue(context.interaction.request.headers, 'cookie'));
  for (const param of declared) {
    const raw = cookies.get(param.name);
    const mockLocation = `request.headers.cookie.${param.name}`;
    if (raw === undefined) {
      if (param.required) {
        context.findings.add({
          code: 'request.header.incompatible',
          type: 'error',
          message: `Value is incompatible with the parameter defined in the spec file: missing required cookie ${param.name}`,
          mockLocation,
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
    reportSchemaErrors(context.findings, validateParam(context.spec.validators, param, value), {
      code: 'request.header.incompatible',
      prefix: 'Value is incompatible with the parameter defined in the spec file',
      mockLocation,
      specLocation: `${param.location}.schema`,
      value,
    });
  }
}
