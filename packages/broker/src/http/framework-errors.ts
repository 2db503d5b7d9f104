import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem, toProblem } from './problem.js';
import { securityHeaders } from './security-headers.js';

/**
 * Fastify's `frameworkErrors`: a URL the router cannot decode (400) or a parameter longer than it allows (414),
 * answered before any hook runs, as problem+json with the headers every answer carries.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void reply.headers(securityHeaders).header('x-request-id', request.id);
  void sendProblem(error, request, reply);
}

/** Node's parser errors answered with their own status; any other is a 400. */
const clientErrorStatus: Record<string, [status: number, text: string, detail: string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'the request line and headers are larger than the server accepts',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'the request was not received in time'],
};

/**
 * Fastify's `clientErrorHandler`: a request Node could not even parse (oversized headers, malformed request
 * line) gets a problem+json answer written to the socket, which is then closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, text, detail] = clientErrorStatus[error.code ?? ''] ?? [
    400,
    'Bad Request',
    'the request is not valid HTTP/1.1',
  ];
  const requestId = randomUUID();
  const problem = toProblem(
    Object.assign(new Error(detail), { statusCode: status, code: error.code }),
    requestId,
  );
  const body = JSON.stringify(problem);
  const headers = {
    ...securityHeaders,
    'content-type': 'application/problem+json',
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': requestId,
    connection: 'close',
  };
  if (socket.writable) {
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${status} ${text}\r\n${head}\r\n${body}`);
  }
  socket.destroy(error);
}
