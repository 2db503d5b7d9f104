import type { Operation, ProviderSpec } from '@signet/core';
import { UnsatisfiableSchema } from '../../verify/generate/schema-access.js';
import { header, type MockRequest, type MockResponse } from '../http/mock-exchange.js';
import { problemResponse } from '../http/problem.js';
import { isJson, negotiate } from './media-types.js';
import type { Preferences } from './prefer.js';
import { chooseBody } from './choose-body.js';
import { generateValid, seedFor } from './generate-value.js';
import type { SchemaValidators } from '../../verify/schema-validators.js';
import { selectResponse } from './select-response.js';

/** How generated answers are drawn: one fixed seed (repeatable), or a fresh one per request. */
export interface GenerationOptions {
  seed: number;
  dynamic: boolean;
}

/**
 * The answer to a valid request: the selected response, in the media type the client accepts, with the
 * preferred example, else the first (unless `dynamic`), else a value generated from the schema.
 * Required response headers get generated values too; generated values are validated before they are sent.
 */
export function renderResponse(
  spec: ProviderSpec,
  validators: SchemaValidators,
  operation: Operation,
  request: MockRequest,
  preferences: Preferences,
  generation: GenerationOptions,
): MockResponse {
  const selected = selectResponse(operation, preferences.code);
  if (!selected) {
    const documented = operation.responses.map((r) => r.status).join(', ');
    return unsatisfiable(
      `no response documented for code ${preferences.code ?? ''}; documented: ${documented}`,
    );
  }
  const { response, status } = selected;
  const seed = generation.dynamic || preferences.dynamic ? (Math.random() * 2 ** 31) | 0 : undefined;
  const draw = (key: string): number =>
    seed ?? seedFor(generation.seed, `${operation.location} ${status} ${key}`);
  try {
    const headers: Record<string, string> = {};
    for (const [name, spec_] of Object.entries(response.headers)) {
      if (spec_.required && spec_.schema)
        headers[name] = String(
          generateValid(validators, spec.schemaRoot, spec_.schema, draw(name), {
            safeStrings: true,
            coerce: true,
          }),
        );
    }
    const keys = Object.keys(response.content);
    if (keys.length === 0) return { status, headers, body: '' };
    const key = negotiate(keys, header(request, 'accept'));
    if (key === undefined) {
      return problemResponse(
        {
          status: 406,
          code: 'not-acceptable',
          title: 'Not Acceptable',
          detail: `the response is available as ${keys.join(', ')}`,
        },
        'invalid',
      );
    }
    const media = response.content[key]!;
    const target = {
      spec,
      validators,
      operation,
      response,
      status,
      mediaKey: key,
      media,
      seed: draw(key),
      dynamic: seed !== undefined,
    };
    const choice = chooseBody(target, preferences);
    if (choice.kind === 'refused') return choice.response;
    if (choice.kind === 'empty') return { status, headers: { ...headers, 'content-type': key }, body: '' };
    const value = choice.value;
    const type = key.includes('*') ? 'application/json' : key;
    const body = typeof value === 'string' && !isJson(type) ? value : JSON.stringify(value);
    return { status, headers: { ...headers, 'content-type': type }, body };
  } catch (error) {
    if (!(error instanceof UnsatisfiableSchema)) throw error;
    return problemResponse(
      {
        status: 500,
        code: 'cannot-generate',
        title: 'Cannot Generate',
        detail: `no value can be generated for the response: ${error.message}`,
      },
      'error',
    );
  }
}

function unsatisfiable(detail: string): MockResponse {
  return problemResponse(
    { status: 400, code: 'prefer-unsatisfiable', title: 'Cannot Honour Prefer', detail },
    'invalid',
  );
}
