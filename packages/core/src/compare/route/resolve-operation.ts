import type { HttpRequest } from '../../contracts/model.js';
import type { Operation, Parameter } from '../../specs/model.js';
import { deserialiseString } from '../params/deserialise.js';
import { cachedShape } from '../params/schema-shape.js';
import { surelyInvalidParam, validateParam } from '../params/validate-param.js';
import { UNSUPPORTED_PATTERN } from '../schema/ajv/ajv-regexp.js';
import type { SchemaError } from '../schema/schema-errors.js';
import type { SpecContext } from '../spec-context.js';
import type { RouteMatch } from './route-index.js';

/** A path parameter whose value could not be checked: its schema's pattern cannot be run safely. */
export interface UncheckedParameter {
  param: Parameter;
  value: unknown;
  errors: SchemaError[];
}

/** The operation a request goes to, and the path parameters routing had to take on trust. */
export interface ResolvedOperation {
  operation: Operation;
  unchecked: UncheckedParameter[];
  /** How the path matched, for reporting the leniencies it took (see report-leniency.ts). */
  match: RouteMatch;
}

/**
 * The operation a request goes to: the most specific route whose method matches and whose path parameters
 * are valid. As in PactFlow, `/integer/abc` against `/integer/{id: integer}` is no route at all, so it falls
 * through to a less specific template or to `request.path-or-method.unknown`. A parameter that reaches a
 * pattern which cannot be run safely does not rule its route out; it is returned in `unchecked`, for the
 * caller to report.
 */
export function resolveRoute(context: SpecContext, request: HttpRequest): ResolvedOperation | undefined {
  const method = request.method.toLowerCase();
  for (const match of context.routes.match(request.path)) {
    if (match.route.operation.method !== method) continue;
    const unchecked = pathParameterProblems(context, match);
    if (unchecked !== undefined) return { operation: match.route.operation, unchecked, match };
  }
  return undefined;
}

/** {@link resolveRoute}'s operation alone. */
export function resolveOperation(context: SpecContext, request: HttpRequest): Operation | undefined {
  return resolveRoute(context, request)?.operation;
}

/** The unchecked parameters of a route whose path parameters are otherwise valid; undefined when one is not. */
function pathParameterProblems(context: SpecContext, match: RouteMatch): UncheckedParameter[] | undefined {
  const unchecked: UncheckedParameter[] = [];
  for (const param of match.route.operation.parameters) {
    if (param.in !== 'path') continue;
    const raw = match.values[param.name];
    if (raw === undefined) continue;
    const shape = cachedShape(context.spec.schemaRoot, param);
    const value = deserialiseString(raw, shape, param);
    if (value === undefined || surelyInvalidParam(context.validators, param, value)) return undefined;
    const errors = validateParam(context.validators, param, value);
    if (errors.length === 0) continue;
    if (!errors.every((error) => error.keyword === UNSUPPORTED_PATTERN)) return undefined;
    unchecked.push({ param, value, errors });
  }
  return unchecked;
}
