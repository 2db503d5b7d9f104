import type { Response } from '../../specs/model.js';
import type { CheckContext } from '../check-context.js';
import { bodyDisplay, bodyJson, hasBody } from '../body/body-text.js';
import { eachLikeArrays } from '../matching/each-like.js';
import { isJson, parseMediaType } from '../media/media-type.js';
import { reportSchemaErrors } from '../report-schema-errors.js';
import { reduceErrors, type SchemaError } from '../schema/schema-errors.js';
import { findUndeclaredFields } from '../schema/undeclared-fields.js';
import { UNSUPPORTED_PATTERN } from '../schema/ajv/ajv-regexp.js';

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
    errors.push(...undeclared(context, pointer, value, errors));
  reportSchemaErrors(findings, errors, {
    code: 'response.body.incompatible',
    prefix: PREFIX,
    mockLocation: 'response.body',
    specLocation: `${media.location}.schema`,
    value,
    eachLike: eachLikeArrays(context.interaction.response.matchingRules),
  });
}

/** Undeclared fields as schema errors, minus those Ajv already reported through `additionalProperties: false`. */
function undeclared(
  context: CheckContext,
  pointer: string,
  value: unknown,
  reported: SchemaError[],
): SchemaError[] {
  const validators = context.spec.validators;
  const validates = (at: string, candidate: unknown): boolean => {
    // Choosing branches needs only yes or no: Ajv (and its compile) only when the quick check cannot tell.
    const verdict = validators.quickVerdict('response', at, candidate);
    if (verdict !== undefined) return verdict;
    const outcome = validators.validate('response', at, candidate);
    return outcome.ok && outcome.errors.length === 0;
  };
  const already = new Set(
    reported
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => `${e.path.join('/')}\u0000${e.message}`),
  );
  const out: SchemaError[] = [];
  const root = validators.derivedResponseRoot(pointer);
  const nullableObjectsOpen = context.spec.config.nullableResponseObjectsOpen;
  for (const field of findUndeclaredFields(root, pointer, value, validates, { nullableObjectsOpen })) {
    if (field.reason === 'unchecked') {
      const message = field.refusal ?? 'a pattern cannot be run safely';
      out.push({ path: [...field.path, field.name], message, keyword: UNSUPPORTED_PATTERN, schemaPath: '' });
      continue;
    }
    const message =
      field.reason === 'writeOnly'
        ? `must NOT have property ${field.name}: it is writeOnly, so the provider never sends it`
        : `must NOT have additional properties - ${field.name}`;
    if (already.has(`${field.path.join('/')}\u0000${message}`)) continue;
    out.push({ path: field.path, message, keyword: 'undeclared', schemaPath: '' });
  }
  return out;
}
