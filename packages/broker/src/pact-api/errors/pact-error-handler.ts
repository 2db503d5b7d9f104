import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError } from '../../errors/broker-error.js';
import { sendProblem, toProblem } from '../../http/problem.js';
import { PactValidationError } from './pact-validation-error.js';

/**
 * The Pact API's error handler: field errors in Pact's shape (clients print `errors`), conflicts as
 * problem+json that also carry `errors` (so Pact clients show the message), everything else as the native API does.
 */
export function pactErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof PactValidationError) {
    return reply.status(400).type('application/json; charset=utf-8').send({ errors: error.errors });
  }
  if (error instanceof ConflictError) {
    const body = { ...toProblem(error, request.id), errors: { contracts: [error.message] } };
    return reply.status(409).type('application/problem+json').send(body);
  }
  return sendProblem(error, request, reply);
}
