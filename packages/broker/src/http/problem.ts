import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { BrokerError } from '../errors/broker-error.js';

/** RFC 9457 problem details, with Signet's stable `code` and the request id; `type` is a URN naming the code (not a link). */
export interface Problem {
  type: string;
  code: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
  [extension: string]: unknown;
}

/** Fastify's and Node's own client errors (framework-level parsing), given stable codes of ours. */
const fastifyCodes: Record<string, { code: string; title: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'request.too-large', title: 'Request too large' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'request.malformed-json', title: 'Malformed JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'request.malformed-json', title: 'Malformed JSON' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'request.unsupported-media-type', title: 'Unsupported media type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'request.malformed', title: 'Bad request' },
  FST_ERR_BAD_URL: { code: 'request.bad-url', title: 'Bad URL' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'request.uri-too-long', title: 'URI too long' },
  // Node's HTTP parser, before Fastify sees a request (see framework-errors.ts).
  HPE_HEADER_OVERFLOW: { code: 'request.headers-too-large', title: 'Request headers too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'request.timeout', title: 'Request timeout' },
};

/** Maps any error to a problem: named broker errors as they say, client errors by status, the rest to a bare 500. */
export function toProblem(error: unknown, requestId: string): Problem {
  if (error instanceof BrokerError) {
    const extra = 'location' in error && error.location !== undefined ? { location: error.location } : {};
    const issues = 'issues' in error ? { issues: error.issues } : {};
    return problem(error.status, error.code, error.title, error.message, requestId, { ...extra, ...issues });
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const known = fastifyCodes[fastifyError.code ?? ''] ?? { code: 'request.invalid', title: 'Bad request' };
    return problem(status, known.code, known.title, fastifyError.message ?? known.title, requestId);
  }
  // Never leak internals: the log has the details, keyed by the request id.
  return problem(
    500,
    'internal',
    'Internal server error',
    'the broker failed to handle this request',
    requestId,
  );
}

function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  requestId: string,
  extra = {},
): Problem {
  return { type: `urn:signet:problem:${code}`, code, title, status, detail, requestId, ...extra };
}

/** The one error handler: logs server faults, renders everything as `application/problem+json`. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const body = toProblem(error, request.id);
  if (body.status >= 500) request.log.error({ err: error }, 'request failed');
  if (body.status === 401)
    void reply.header('www-authenticate', 'Bearer realm="signet", Basic realm="signet"');
  return reply.status(body.status).type('application/problem+json').send(body);
}
