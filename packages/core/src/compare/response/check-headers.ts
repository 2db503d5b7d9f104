import type { Response } from '../../specs/model.js';
import type { CheckContext } from '../check-context.js';
import { deserialiseString } from '../params/deserialise.js';
import { headerNames, headerValue } from '../params/header-values.js';
import { cachedShape } from '../params/schema-shape.js';
import { validateParam } from '../params/validate-param.js';
import { reportSchemaErrors } from '../report-schema-errors.js';
import { STANDARD_RESPONSE_HEADERS } from '../standard-headers.js';

/**
 * Response headers the consumer relies on: declared ones must be valid; undeclared ones are errors
 * (`response.header.unknown`), except standard HTTP headers, which servers add on their own (a warning).
 * Declared headers the consumer leaves out never matter. A declared header's findings name it as the spec
 * writes it (`X-Rate-Limit`), whatever case the pact used; an undeclared one is named in lower case.
 */
export function checkResponseHeaders(context: CheckContext, response: Response): void {
  const { findings, operation } = context;
  const headers = context.interaction.response.headers;
  for (const name of new Set(headerNames(headers))) {
    if (name === 'content-type') continue;
    const raw = headerValue(headers, name) ?? '';
    const declared = response.headers[name];
    if (declared) {
      const specName = specHeaderName(response, name);
      const shape = cachedShape(context.spec.spec.schemaRoot, declared);
      const value = deserialiseString(raw, shape, { name, style: 'simple', explode: false });
      reportSchemaErrors(findings, validateParam(context.spec.validators, declared, value), {
        code: 'response.header.incompatible',
        prefix: 'Value is incompatible with the parameter defined in the spec file',
        mockLocation: `response.headers.${specName}`,
        specLocation: `${declared.location}.schema`,
        value,
      });
    } else if (STANDARD_RESPONSE_HEADERS.has(name)) {
      findings.add({
        code: 'response.header.undefined',
        type: 'warning',
        message: `Standard http response header is not defined in the spec file: ${name}`,
        mockLocation: `response.headers.${name}`,
        mockValue: raw,
        specLocation: operation.location,
      });
    } else {
      findings.add({
        code: 'response.header.unknown',
        type: 'error',
        message: `Response header is not defined in the spec file: ${name}`,
        mockLocation: `response.headers.${name}`,
        mockValue: raw,
        specLocation: `${response.location}.headers`,
      });
    }
  }
}

/** The header's name as the spec writes it, read back from its location (`….headers.X-Rate-Limit`). */
function specHeaderName(response: Response, lowerCased: string): string {
  const location = response.headers[lowerCased]?.location ?? '';
  const prefix = `${response.location}.headers.`;
  const name = location.startsWith(prefix) ? location.slice(prefix.length) : '';
  return name.toLowerCase() === lowerCased ? name : lowerCased;
}
