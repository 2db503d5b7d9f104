import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

// The request's logger (a child carrying its `reqId`), reachable from domain code several calls away from the
// route without threading a logger through every signature.
const current = new AsyncLocalStorage<FastifyBaseLogger>();

/** An `onRequest` hook: everything the request then runs sees its logger through `requestLog()`. */
export function bindRequestLog(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  current.run(request.log, done);
}

/** The logger of the request being served; undefined outside one (start-up, the webhook worker, tests). */
export function requestLog(): FastifyBaseLogger | undefined {
  return current.getStore();
}
