import type { ErrorObject } from 'ajv';
import { nodeAt } from '../applied-schemas.js';
import { Interpreter } from './interpreter.js';
import { unsupported } from './unsupported.js';

/**
 * The errors Ajv (draft-07, `allErrors`, as `createAjv` configures it) reports for `value` against the schema at
 * `pointer` of `root`, produced by interpreting the schema instead of compiling it: same errors, same order,
 * same paths and messages. Compiling a big schema graph costs far more than one validation, and an invalid body
 * is usually validated once. Undefined wherever the schema uses something this does not model; the caller
 * must then ask Ajv. It must also know that Ajv could compile the schema (see {@link isCompilable}).
 * The interpreter and its keyword handlers live beside it in `interpret/`.
 */
export function interpretErrors(
  root: unknown,
  pointer: string,
  value: unknown,
  options: { discriminator: boolean },
): ErrorObject[] | undefined {
  const run = new Interpreter(root, options.discriminator);
  try {
    run.callRef(nodeAt(root, pointer), value, '', 0);
    return run.errors;
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}
