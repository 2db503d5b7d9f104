import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { BrokerError, ConflictError } from '../../errors/broker-error.js';
import { sendProblem, toProblem, type Problem } from '../../http/problem.js';
import { PactValidationError } from './pact-validation-error.js';

/**
 * The Pact API's error handler: field errors in Pact's shape (clients print `errors`), conflicts and other
 * refusals (400) as problem+json that also carry `errors` (so Pact clients show the message), everything else
 * as the native API does.
 */
export function pactErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof PactValidationError) {
    return reply.status(400).type('application/json; charset=utf-8').send({ errors: error.errors });
  }
  if (error instanceof ConflictError) {
    const body = { ...toProblem(error, request.id), errors: { contracts: [error.message] } };
    return reply.status(409).type('application/problem+json').send(body);
  }
  // Refused input (a name, a parameter, unstorable text): problem+json with Pact's `errors` by field too.
  if (error instanceof BrokerError && error.status === 400) {
    const problem = toProblem(error, request.id);
    const body = { ...problem, errors: fieldErrors(problem) };
    return reply.status(400).type('application/problem+json').send(body);
  }
  return sendProblem(error, request, reply);
}

/** `{field: [messages]}` from a problem's `issues` (or its `location`, or the whole request). */
function fieldErrors(problem: Problem): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const issues = problem['issues'] as Array<{ path: string; message: string }> | undefined;
  for (const issue of issues ?? []) (errors[issue.path] ??= []).push(issue.message);
  if (issues === undefined) {
    const field = typeof problem['location'] === 'string' ? problem['location'] : 'request';
    errors[field] = [problem.detail];
  }
  return errors;
}
