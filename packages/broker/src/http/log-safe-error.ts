import type { FastifyServerOptions } from 'fastify';

/**
 * Fields of a database error that describe the failure without the data: what failed and where in the schema.
 * Left out on purpose: the query's parameters (PGlite attaches them), `detail` (PostgreSQL puts the failing
 * row or key value there), `hint`, `where` and `internalQuery`.
 */
const safeDatabaseFields = [
  'code',
  'severity',
  'routine',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
];

/** SQLSTATE classes whose messages quote the offending value: 22 data exception, 23 integrity violation. */
const quotesData = /^2[23]/;

function isDatabaseError(
  error: object,
): error is Error & { code: string; severity: string; query?: unknown } {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof severity === 'string' && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/**
 * An error as the broker's log records it. Database errors keep what failed (SQLSTATE code, table, column,
 * constraint, the SQL text, which holds placeholders only) but never the values: no parameters, no detail,
 * and quoted values in data-error messages redacted; a secret a request sent cannot reach the log through
 * a failed query. Other errors are logged whole; their causes are treated the same way.
 */
export function serializeLoggedError(error: unknown): LoggedError {
  const logged = serialize(error, 0);
  return typeof logged === 'object' && logged !== null
    ? (logged as LoggedError)
    : { type: typeof error, message: String(error), stack: '' };
}

/** What the log holds of an error (the shape pino's error serializer gives). */
export interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
}

function serialize(error: unknown, depth: number): unknown {
  if (typeof error !== 'object' || error === null || depth > 5) return error;
  const record = error as Record<string, unknown> & { message?: unknown; stack?: unknown; cause?: unknown };
  const type = (error as { constructor?: { name?: string } }).constructor?.name ?? 'Object';
  const cause = 'cause' in record ? { cause: serialize(record.cause, depth + 1) } : {};
  if (!isDatabaseError(error)) {
    const { cause: _cause, ...fields } = record;
    return {
      type,
      ...fields,
      message: typeof record.message === 'string' ? record.message : '',
      stack: typeof record.stack === 'string' ? record.stack : '',
      ...cause,
    };
  }
  let message = String(error.message);
  for (const value of parameters(error)) message = message.split(value).join('[redacted]');
  if (quotesData.test(error.code)) message = message.replace(/"[^"]*"/g, '"[redacted]"');
  const safe = Object.fromEntries(
    safeDatabaseFields.filter((key) => key in record).map((key) => [key, record[key]]),
  );
  const stackFrames =
    typeof record.stack === 'string' ? record.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return {
    type,
    message,
    ...safe,
    ...(typeof error.query === 'string' ? { query: error.query } : {}),
    stack: [`${type}: ${message}`, ...stackFrames].join('\n'),
    ...cause,
  };
}

/** The text parameters an error carries (PGlite's `params`), longest first; short ones are no secrets. */
function parameters(error: object): string[] {
  const params = (error as { params?: unknown }).params;
  if (!Array.isArray(params)) return [];
  return params
    .filter((value): value is string => typeof value === 'string' && value.length >= 4)
    .sort((a, b) => b.length - a.length);
}

/**
 * Fastify logger options with `serializeLoggedError` for every `err` logged (the error handler's, the webhook
 * worker's, the live feed's). No logger stays no logger.
 */
export function withSafeErrorLogging(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === undefined || logger === false) return false;
  const options = logger === true ? {} : logger;
  return { ...options, serializers: { ...options.serializers, err: serializeLoggedError } };
}
