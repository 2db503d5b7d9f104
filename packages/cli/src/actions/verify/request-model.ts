import type { Operation } from '@signet/core';

/** Where a request came from: the spec's examples, the generator, a boundary value, or a deliberate mistake. */
export type RequestKind = 'example' | 'generated' | 'boundary' | 'negative';

/** Typed values for one request, before serialisation. Parameters are keyed by {@link paramKey}. */
export interface RequestValues {
  params: Record<string, unknown>;
  body?: { mediaType: string; value: unknown };
}

/** A request the verifier means to send, with why. */
export interface PlannedRequest {
  operation: Operation;
  kind: RequestKind;
  /** What makes this request special, e.g. `query limit at its maximum` or `body.name missing`. */
  note?: string;
  values: RequestValues;
}

/** A request on the wire. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** `query limit`: the key of a parameter in {@link RequestValues.params}. */
export function paramKey(param: { in: string; name: string }): string {
  return `${param.in} ${param.name}`;
}

/** `GET /pets/{petId}` */
export function operationLabel(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
