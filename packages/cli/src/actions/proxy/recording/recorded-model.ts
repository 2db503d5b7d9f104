/**
 * What the proxy records, independent of the Pact version it is written as. Matching rules are kept as
 * lists of Pact matchers by category: body rules keyed by Pact path expression (`$.items[*].id`), header
 * rules by lower-case name, query rules by parameter name, and one optional rule list for the whole path.
 */

/** One Pact matcher, e.g. `{ match: 'regex', regex: '^\\d+$' }` or `{ match: 'type', min: 1 }`. */
export interface RecordedMatcher {
  match: string;
  regex?: string;
  min?: number;
  value?: string;
}

/** Matchers by key (body path expression, header name or query name). */
export type RuleMap = Record<string, RecordedMatcher[]>;

/** A recorded body: JSON, text (also form bodies), or binary kept as base64. */
export type RecordedBody =
  | { kind: 'json'; value: unknown; contentType: string }
  | { kind: 'text'; text: string; contentType: string }
  | { kind: 'binary'; base64: string; contentType: string };

export interface RecordedRequest {
  /** Upper-case method. */
  method: string;
  /** The path as sent (percent-encoded as on the wire). */
  path: string;
  /** Decoded query parameters in the order sent. */
  query: Record<string, string[]>;
  /** Kept headers, lower-case names. */
  headers: Record<string, string>;
  body?: RecordedBody;
  rules: { path?: RecordedMatcher[]; query: RuleMap; header: RuleMap; body: RuleMap };
}

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body?: RecordedBody;
  rules: { header: RuleMap; body: RuleMap };
}

/** One distinct interaction: the first example seen for its key (see `keyExchange`). */
export interface RecordedInteraction {
  /**
   * `X-Signet-Interaction`, or generated: `GET /pets/{id} → 200`. Unique within the recording together
   * with the provider states, as Pact identifies interactions.
   */
  description: string;
  /** Provider states the provider must be in (`X-Signet-Provider-State`), in order; often none. */
  providerStates: string[];
  /** The de-duplication key it was recorded under. */
  key: string;
  request: RecordedRequest;
  response: RecordedResponse;
  /** Notes for the reader (e.g. a body too large to keep), written as v4 comments. */
  notes: string[];
}

/** A body as it goes into the contract: the example, its matching rules, and a note when it was not kept. */
export interface BodyRecording {
  body?: RecordedBody;
  rules: RuleMap;
  note?: string;
}
