import type { Response } from '../../specs/model.js';
import type { CheckContext } from '../check-context.js';
import { bodyDisplay, bodyJson, hasBody } from '../body/body-text.js';
import { eachLikeArrays } from '../matching/each-like.js';
import { isJson, parseMediaType } from '../media/media-type.js';
import { reportSchemaErrors } from '../report-schema-errors.js';
import { reduceErrors, type SchemaError } from '../schema/schema-errors.js';
import { undeclaredFieldErrors } from '../schema/undeclared-field-errors.js';

const PREFIX = 'Response body is incompatible with the response body schema in the spec file';

/**
 * The response body against the selected media type's schema, read as a promise: fields the consumer
 * leaves out never matter, and every field it relies on must be declared (see deriveResponseRoot and
 * findUndeclaredFields). Only JSON bodies can be validated; others get `response.body.unvalidatable`.
 */
export function checkResponseBody(context: CheckContext, response: Response, key: string | undefined): void {
  const { findings } = context;
  const body = context.interaction.response.body;
  const media = key === undefined ? undefined : response.content[key];
  if (!hasBody(body) || key === undefined || !media?.schema) return;
  const unvalidatable = (message: string): void =>
    findings.add({
      code: 'response.body.unvalidatable',
      type: 'warning',
      message,
      mockLocation: 'response.body',
      mockValue: bodyDisplay(body),
      specLocation: `${response.location}.content`,
    });

  const parsed = parseMediaType(key);
  const wildcard =
    parsed !== undefined && (parsed.type === '*' || parsed.subtype === '*') && body.kind === 'json';
  if (!isJson(parsed) && !wildcard)
    return unvalidatable(`Body with content type '${key}' is not supported by the spec comparator`);
  const validators = context.spec.validators;
  const pointer = media.schema.pointer;
  const json = bodyJson(body);
  const value = json.ok ? json.value : bodyDisplay(body);
  let errors: SchemaError[] = [];
  if (!json.ok) errors = [{ path: [], message: json.reason, keyword: 'json', schemaPath: '' }];
  else {
    const outcome = validators.validate('response', pointer, value);
    if (!outcome.ok)
      return unvalidatable(`The response body schema could not be compiled: ${outcome.reason}`);
    errors = reduceErrors(outcome.errors);
  }
  if (json.ok && !context.options.allowUndeclaredResponseFields)
    errors.push(
      ...undeclaredFieldErrors(context.spec.validators, pointer, value, errors, {
        keyword: 'undeclared',
        nullableObjectsOpen: context.spec.config.nullableResponseObjectsOpen,
      }),
    );
  reportSchemaErrors(findings, errors, {
    code: 'response.body.incompatible',
    prefix: PREFIX,
    mockLocation: 'response.body',
    specLocation: `${media.location}.schema`,
    value,
    eachLike: eachLikeArrays(context.interaction.response.matchingRules),
  });
}
