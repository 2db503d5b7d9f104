import { jsonNestingDepth } from '@signet/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BrokerError } from '../errors/broker-error.js';

/**
 * Deepest nesting a JSON body may have: deeper than any document the loader accepts (512 levels) plus the
 * request's own wrapping. Deeper bodies are refused before they are parsed, so nothing that walks them
 * recursively (serialisers, validators) can overflow the stack.
 */
export const maxBodyDepth = 600;

/** 400 for a body that is not JSON, or nests too deeply. */
export class MalformedJsonError extends BrokerError {
  constructor(detail: string) {
    super('request.malformed-json', 400, 'Malformed JSON', detail);
  }
}

/**
 * Parses a JSON request body: empty text is `{}` only when `emptyIs` says so, nesting is bounded
 * ({@link maxBodyDepth}). `__proto__` keys are refused later, with every other key, by the input guard.
 *
 * @example parseJsonBody('{"a":1}') // { a: 1 }
 */
export function parseJsonBody(text: string, emptyIs?: unknown): unknown {
  if (text === '') {
    if (emptyIs !== undefined) return emptyIs;
    throw new MalformedJsonError('the body is empty but the content type says JSON');
  }
  if (jsonNestingDepth(text, maxBodyDepth) > maxBodyDepth)
    throw new MalformedJsonError(`the JSON body nests deeper than ${maxBodyDepth} levels`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new MalformedJsonError(`the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Replaces Fastify's `application/json` body parser with {@link parseJsonBody}. */
export function useJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (
      _request: FastifyRequest,
      body: string | Buffer,
      done: (error: Error | null, value?: unknown) => void,
    ) => {
      try {
        done(null, parseJsonBody(body as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
}
