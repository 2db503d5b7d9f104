import type { HttpRequest } from '../../contracts/model.js';
import type { Operation } from '../../specs/model.js';
import { deserialiseString } from '../params/deserialise.js';
import { cachedShape } from '../params/schema-shape.js';
import { validateParam } from '../params/validate-param.js';
import type { SpecContext } from '../spec-context.js';
import type { RouteMatch } from './route-index.js';

/**
 * The operation a request goes to: the most specific route whose method matches and whose path parameters
 * are valid. As in PactFlow, `/integer/abc` against `/integer/{id: integer}` is no route at all, so it falls
 * through to a less specific template or to `request.path-or-method.unknown`.
 */
export function resolveOperation(context: SpecContext, request: HttpRequest): Operation | undefined {
  const method = request.method.toLowerCase();
  for (const match of context.routes.match(request.path)) {
    if (match.route.operation.method !== method) continue;
    if (pathParametersValid(context, match)) return match.route.operation;
  }
  return undefined;
}

function pathParametersValid(context: SpecContext, match: RouteMatch): boolean {
  for (const param of match.route.operation.parameters) {
    if (param.in !== 'path') continue;
    const raw = match.values[param.name];
    if (raw === undefined) continue;
    const shape = cachedShape(context.spec.schemaRoot, param);
    const value = deserialiseString(raw, shape, param);
    if (value === undefined) return false;
    if (validateParam(context.validators, param, value).length > 0) return false;
  }
  return true;
}
