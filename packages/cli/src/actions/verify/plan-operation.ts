import type { Operation, ProviderSpec } from '@signet/core';
import { UnsatisfiableSchema } from './generate/schema-access.js';
import { boundaryRequests, exampleRequests, generatedValues } from './plan-positive.js';
import { negativeRequests } from './plan-negative.js';
import { hasEmptyPathSegment } from './empty-path-segment.js';
import { isValidRequest } from './request-validity.js';
import type { SchemaValidators } from './schema-validators.js';
import { operationLabel, type PlannedRequest, type RequestValues } from './request-model.js';

/** How many requests to plan and how to make them reproducible. */
export interface PlanOptions {
  seed: number;
  /** Schema-generated requests per operation (examples, boundaries and negatives come on top). */
  maxExamples: number;
  negative: boolean;
}

/** The requests for one operation, or why none could be generated. */
export interface OperationPlan {
  operation: Operation;
  requests: PlannedRequest[];
  skipped?: string;
}

const MAX_EDGE_REQUESTS = 40;

/**
 * Plans an operation's requests: spec examples first, then `maxExamples` schema-generated valid requests (seeded
 * per operation, so `--operation` filters replay the same requests), then boundary values, then (with `negative`)
 * invalid requests. Generated and boundary requests that turn out invalid against the spec are dropped, and so are
 * positive requests with an empty path segment (another URL: see hasEmptyPathSegment).
 */
export function planOperation(
  spec: ProviderSpec,
  operation: Operation,
  validators: SchemaValidators,
  options: PlanOptions,
): OperationPlan {
  const sendable = (values: RequestValues): boolean => !hasEmptyPathSegment(operation, values);
  let generated;
  try {
    generated = generatedValues(
      spec,
      operation,
      operationSeed(options.seed, operationLabel(operation)),
      options.maxExamples + 5,
    );
  } catch (error) {
    if (!(error instanceof UnsatisfiableSchema)) throw error;
    return {
      operation,
      requests: exampleRequests(spec, operation, undefined).filter((r) => sendable(r.values)),
      skipped: `cannot generate requests: ${error.message}`,
    };
  }
  const valid = generated
    .filter((values) => sendable(values) && isValidRequest(operation, values, validators))
    .slice(0, options.maxExamples);
  const base = valid[0];
  const requests = exampleRequests(spec, operation, base).filter((r) => sendable(r.values));
  requests.push(...valid.map((values): PlannedRequest => ({ operation, kind: 'generated', values })));
  if (base) {
    const edges = boundaryRequests(spec, operation, base).filter(
      (r) => sendable(r.values) && isValidRequest(operation, r.values, validators),
    );
    requests.push(...edges.slice(0, MAX_EDGE_REQUESTS));
    if (options.negative)
      requests.push(...negativeRequests(spec, operation, base, validators).slice(0, MAX_EDGE_REQUESTS));
  }
  return {
    operation,
    requests,
    ...(base ? {} : { skipped: 'no generated request was valid against the spec' }),
  };
}

/** A per-operation seed: the run's seed mixed with a hash of the operation's label (FNV-1a). */
export function operationSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return hash | 0;
}
