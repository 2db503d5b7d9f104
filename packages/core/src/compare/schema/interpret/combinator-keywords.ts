import { alwaysValid } from '../ajv/ajv-rules.js';
import type { KeywordCall } from './keyword-call.js';
import { isSchema, schemaList } from './schema-reading.js';
import { unsupported } from './unsupported.js';

/** `not`: its own errors never show, only that the subschema matched. */
export function notKeyword(call: KeywordCall): void {
  const { run, value, path, at } = call;
  const start = run.errors.length;
  const valid = alwaysValid(value, run.keywords) || call.sub(value, path, `${at}/not`);
  run.errors.length = start;
  if (valid) call.fail('must NOT be valid');
}

export function allOfKeyword(call: KeywordCall): void {
  const { run, path, at } = call;
  schemaList(call.value).forEach((branch, i) => {
    if (!alwaysValid(branch, run.keywords)) call.sub(branch, path, `${at}/allOf/${i}`);
  });
}

export function anyOfKeyword({ run, value, data, path, at, depth, fail }: KeywordCall): void {
  const branches = schemaList(value);
  if (branches.some((branch) => alwaysValid(branch, run.keywords))) return;
  const start = run.errors.length;
  // Ajv stops at the first branch that passes.
  const valid = branches.some((branch, i) => run.validate(branch, data, path, `${at}/anyOf/${i}`, depth + 1));
  if (valid) run.errors.length = start;
  else fail('must match a schema in anyOf');
}

export function oneOfKeyword({ run, schema, value, data, path, at, depth, fail }: KeywordCall): void {
  if (run.discriminator && schema.discriminator) return;
  const branches = schemaList(value);
  const start = run.errors.length;
  let valid = false;
  // Ajv's `passingSchemas`: null when no branch passes, the two indexes when a second one does.
  let passing: number[] | null = null;
  for (const [i, branch] of branches.entries()) {
    const passes =
      alwaysValid(branch, run.keywords) || run.validate(branch, data, path, `${at}/oneOf/${i}`, depth + 1);
    // A second passing branch ends the evaluation, as in Ajv's generated code.
    if (i > 0 && passes && valid) {
      valid = false;
      passing = [passing?.[0] ?? 0, i];
      break;
    }
    if (passes) {
      valid = true;
      passing = [i];
    }
  }
  if (valid) run.errors.length = start;
  else
    fail('must match exactly one schema in oneOf', {
      passingSchemas: passing && passing.length === 2 ? passing : null,
    });
}

/** `if` carries `then`/`else`, which have no rules of their own. */
export function ifKeyword({ run, schema, data, path, at, depth, fail }: KeywordCall): void {
  for (const key of ['if', 'then', 'else'])
    if (schema[key] !== undefined && !isSchema(schema[key])) throw unsupported;
  const hasThen = schema.then !== undefined && !alwaysValid(schema.then, run.keywords);
  const hasElse = schema.else !== undefined && !alwaysValid(schema.else, run.keywords);
  if (!hasThen && !hasElse) return;
  const start = run.errors.length;
  const condition = run.validate(schema.if, data, path, `${at}/if`, depth + 1);
  run.errors.length = start;
  const clause = condition ? 'then' : 'else';
  if (!(condition ? hasThen : hasElse)) return;
  if (!run.validate(schema[clause], data, path, `${at}/${clause}`, depth + 1))
    fail(`must match "${clause}" schema`, { failingKeyword: clause });
}
