import type { z } from 'zod';
import { PactValidationError, type FieldErrors } from './pact-validation-error.js';

/** Parses a request body, or throws the issues as Pact-shaped field errors (`{field: [messages]}`). */
export function parsePactBody<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || 'body';
    (errors[field] ??= []).push(issue.message);
  }
  throw new PactValidationError(errors);
}
