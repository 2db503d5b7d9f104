import type { z } from 'zod';
import { BrokerError } from '../errors/broker-error.js';

/** 400 for a request whose parameters or body do not match the route's schema; `issues` say where. */
export class ValidationError extends BrokerError {
  constructor(
    detail: string,
    readonly issues: Array<{ path: string; message: string }>,
  ) {
    super('request.invalid', 400, 'Invalid request', detail);
  }
}

/** Parses one part of a request (`where`: `body`, `query`, `path`) or throws {@link ValidationError}. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new ValidationError(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), issues);
}
