import type { MediaType, Operation, ProviderSpec, Response } from '@signet/core';
import type { SchemaValidators } from '../../verify/schema-validators.js';
import type { MockResponse } from '../http/mock-exchange.js';
import { problemResponse } from '../http/problem.js';
import { generateValid } from './generate-value.js';
import type { Preferences } from './prefer.js';
import { responseExamples } from './response-examples.js';

/** The body a response is answered with, or the problem that stands in for it. */
export type BodyChoice =
  { kind: 'value'; value: unknown } | { kind: 'empty' } | { kind: 'refused'; response: MockResponse };

/** One documented response in one media type, and how to draw generated values for it. */
export interface BodyTarget {
  spec: ProviderSpec;
  validators: SchemaValidators;
  operation: Operation;
  response: Response;
  status: number;
  mediaKey: string;
  media: MediaType;
  /** The seed to generate with; `dynamic` says examples are skipped unless one is asked for. */
  seed: number;
  dynamic: boolean;
}

/**
 * The example `Prefer: example=<name>` names, else the first example (unless dynamic), else a generated value.
 * Examples are validated like generated values: the mock never passes on what its own spec refuses (500).
 */
export function chooseBody(target: BodyTarget, preferences: Preferences): BodyChoice {
  const { spec, validators, media, mediaKey, status } = target;
  const examples = responseExamples(spec, target.operation, target.response, mediaKey, media);
  let example: unknown;
  if (preferences.example !== undefined) {
    const chosen = examples.find((e) => e.name === preferences.example);
    if (!chosen) {
      const names = examples.map((e) => e.name).join(', ') || 'none';
      return refused(
        400,
        'prefer-unsatisfiable',
        'Cannot Honour Prefer',
        `no example '${preferences.example}' for ${status} ${mediaKey}; examples: ${names}`,
        'invalid',
      );
    }
    example = chosen.value;
  } else if (examples.length > 0 && !target.dynamic) example = examples[0]!.value;
  else if (media.schema) {
    const value = generateValid(validators, spec.schemaRoot, media.schema, target.seed, {
      safeStrings: false,
      coerce: false,
    });
    return { kind: 'value', value };
  } else return { kind: 'empty' };
  if (!media.schema) return { kind: 'value', value: example };
  const validation = validators.validate(media.schema.pointer, example);
  if (validation.valid === true) return { kind: 'value', value: example };
  const why =
    validation.valid === false
      ? validation.violations.map((v) => `${v.instancePath} ${v.message}`.trim()).join('; ')
      : validation.reason;
  return refused(
    500,
    'invalid-example',
    'Invalid Example',
    `the example for ${status} ${mediaKey} violates its schema: ${why}`,
    'error',
  );
}

function refused(
  status: number,
  code: string,
  title: string,
  detail: string,
  kind: 'invalid' | 'error',
): BodyChoice {
  return { kind: 'refused', response: problemResponse({ status, code, title, detail }, kind) };
}
