import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BadRequestError, UnstorableTextError } from '../errors/broker-error.js';
import { paramRules } from './param-rules.js';
import { parse } from './parse.js';
import { findValueProblem } from './storable-text.js';

/**
 * `preValidation` hook for every route of both APIs, after the body is parsed and before any route runs:
 * refuses text the database cannot store (NUL, unpaired surrogates) in path parameters, the query, headers
 * and the whole body (400 `request.unstorable-character`), `__proto__` keys in the body (400
 * `request.forbidden-key`), and path parameters that break their rule ({@link paramRules}: 400
 * `request.invalid`). Routes still parse what they read; this is the check none of them can forget.
 */
export function inputGuard() {
  const schemas = new Map<string, z.ZodType>();
  const schemaFor = (url: string, params: object) => {
    let schema = schemas.get(url);
    if (schema === undefined) {
      // The not-found handler's `*` has no rule: it matched nothing, so there is nothing to check.
      const keys = Object.keys(params).filter((key) => Object.hasOwn(paramRules, key));
      const shape = Object.fromEntries(keys.map((key) => [key, paramRules[key]!]));
      schemas.set(url, (schema = z.object(shape)));
    }
    return schema;
  };

  const check = (request: FastifyRequest): void => {
    const params = (request.params ?? {}) as Record<string, string>;
    refuseUnstorable(params, 'path');
    refuseUnstorable(request.query, 'query');
    for (const [header, value] of Object.entries(request.headers))
      refuseUnstorable(value, `header.${header}`, false);
    const body = findValueProblem(request.body, { refuseForbiddenKeys: true });
    if (body?.reason === 'unstorable-text') throw new UnstorableTextError(located('body', body.at));
    if (body?.reason === 'forbidden-key') {
      throw new BadRequestError(
        'request.forbidden-key',
        `${located('body', body.at)}: the key "__proto__" is not accepted in a JSON body`,
      );
    }
    if (Object.keys(params).length > 0)
      parse(schemaFor(request.routeOptions.url ?? '', params), params, 'path');
  };
  return (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void => {
    try {
      check(request);
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  };
}

function refuseUnstorable(value: unknown, where: string, nested = true): void {
  const problem = findValueProblem(value);
  if (problem !== undefined) throw new UnstorableTextError(nested ? located(where, problem.at) : where);
}

function located(where: string, at: string[]): string {
  return [where, ...at].join('.');
}
