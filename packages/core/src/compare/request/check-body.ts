import type { CheckContext } from '../check-context.js';
import { bodyDisplay, hasBody } from '../body/body-text.js';
import { readRequestBody } from '../body/request-value.js';
import { eachLikeArrays } from '../matching/each-like.js';
import { reportSchemaErrors } from '../report-schema-errors.js';
import { reduceErrors } from '../schema/schema-errors.js';

const PREFIX = 'Request body is incompatible with the request body schema in the spec file';

/**
 * The request body against the schema of the selected media type, as written (the consumer must send what
 * the provider accepts). JSON, form-urlencoded, multipart and text/plain bodies are validated; other media
 * types get `request.body.unvalidatable`.
 */
export function checkRequestBody(context: CheckContext, key: string | undefined): void {
  const { operation, findings } = context;
  const request = context.interaction.request;
  const requestBody = operation.requestBody;
  if (!hasBody(request.body)) {
    if (requestBody?.required) {
      findings.add({
        code: 'request.body.incompatible',
        type: 'error',
        message: `${PREFIX}: a body is required`,
        mockLocation: 'request.body',
        specLocation: `${requestBody.location}.required`,
      });
    }
    return;
  }
  const media = key === undefined ? undefined : requestBody?.content[key];
  if (!media?.schema || key === undefined) return;
  const unvalidatable = (reason: string): void =>
    findings.add({
      code: 'request.body.unvalidatable',
      type: 'warning',
      message: reason,
      mockLocation: 'request.body',
      mockValue: bodyDisplay(request.body),
      specLocation: `${requestBody?.location ?? operation.location}.content`,
    });

  const read = readRequestBody(request, key);
  if (read.kind === 'unsupported') return unvalidatable(read.reason);
  if (read.kind === 'invalid') {
    const notJson = { path: [], message: read.reason, keyword: 'json', schemaPath: '' };
    return reportSchemaErrors(findings, [notJson], report(media.location, bodyDisplay(request.body)));
  }
  const validators = context.spec.validators;
  const asWritten = validators.validate('request', media.schema.pointer, read.value);
  if (!asWritten.ok)
    return unvalidatable(`The request body schema could not be compiled: ${asWritten.reason}`);
  if (asWritten.errors.length === 0) return;
  let errors = asWritten.errors;
  if (read.coerced) {
    // Form fields are strings: valid once read as the schema's types is valid (`age=3` for an integer).
    const coercing = validators.validateCoerced(media.schema.pointer, read.value);
    if (!coercing.ok || coercing.errors.length === 0) return;
    errors = coercing.errors;
  }
  reportSchemaErrors(findings, reduceErrors(errors), {
    ...report(media.location, read.value),
    eachLike: eachLikeArrays(request.matchingRules),
  });
}

function report(mediaLocation: string, value: unknown) {
  return {
    code: 'request.body.incompatible' as const,
    prefix: PREFIX,
    mockLocation: 'request.body',
    specLocation: `${mediaLocation}.schema`,
    value,
  };
}
