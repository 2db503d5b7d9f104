/**
 * The normalised consumer contract: every Pact version (1, 1.1, 2, 3, 4) parses into this one model.
 * Matching rules are always held in the v3/v4 "by category" form, whatever the source version.
 */

export type PactVersion = '1' | '1.1' | '2' | '3' | '4';

/** One matcher, e.g. `{ match: 'regex', regex: '\\d+' }` or `{ match: 'type', min: 1 }`. */
export interface Matcher {
  match: string;
  [option: string]: unknown;
}

/** The matchers that apply at one path, combined with AND (default) or OR. */
export interface RuleList {
  combine: 'AND' | 'OR';
  matchers: Matcher[];
}

/**
 * Matching rules by category (`body`, `header`, `query`, `path`, `status`, `metadata`, `content`).
 * Body keys are Pact path expressions (`$.items[*].id`); header and query keys are names
 * (headers lower-cased); the `path` and `status` categories use the key `''`.
 */
export type MatchingRules = Record<string, Record<string, RuleList>>;

/** One generator, e.g. `{ type: 'Uuid' }`. */
export interface Generator {
  type: string;
  [option: string]: unknown;
}

/** Generators by category, keyed like {@link MatchingRules}. */
export type Generators = Record<string, Record<string, Generator>>;

/**
 * A message or HTTP body. `absent` means the contract says nothing about the body;
 * JSON `null` is `{ kind: 'json', value: null }`.
 */
export type Body =
  | { kind: 'absent' }
  | { kind: 'json'; value: unknown; contentType?: string }
  | { kind: 'text'; text: string; contentType?: string }
  | { kind: 'binary'; base64: string; contentType?: string };

export interface ProviderState {
  name: string;
  params?: Record<string, unknown>;
}

export interface HttpRequest {
  /** Upper-case method. */
  method: string;
  path: string;
  /** Query parameters, decoded, in source order; absent query = empty object. */
  query: Record<string, string[]>;
  /** The query string exactly as a v1/v2 contract wrote it (v1 compares whole query strings). */
  rawQuery?: string;
  /** Headers keyed by name as written in the contract; values split on commas only where Pact does. */
  headers: Record<string, string[]>;
  body: Body;
  matchingRules: MatchingRules;
  generators: Generators;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string[]>;
  body: Body;
  matchingRules: MatchingRules;
  generators: Generators;
}

interface InteractionBase {
  /** Position in the source file's `interactions` (or `messages`) array. */
  index: number;
  /** `[root].interactions[3]` — the prefix for finding locations. */
  location: string;
  description: string;
  providerStates: ProviderState[];
  /** Pact v4 interaction key and `_id` from a broker, when present. */
  key?: string;
  id?: string;
  pending?: boolean;
  comments?: Record<string, unknown>;
}

export interface HttpInteraction extends InteractionBase {
  kind: 'http';
  request: HttpRequest;
  response: HttpResponse;
}

export interface MessageContents {
  body: Body;
  metadata: Record<string, unknown>;
  matchingRules: MatchingRules;
  generators: Generators;
}

/** An asynchronous message (v3 `messages`, v4 `Asynchronous/Messages`). */
export interface MessageInteraction extends InteractionBase, MessageContents {
  kind: 'message';
}

/** A v4 `Synchronous/Messages` interaction: one request message, one or more responses. */
export interface SyncMessageInteraction extends InteractionBase {
  kind: 'sync-message';
  request: MessageContents;
  response: MessageContents[];
}

export type Interaction = HttpInteraction | MessageInteraction | SyncMessageInteraction;

export interface Contract {
  consumer: string;
  provider: string;
  pactVersion: PactVersion;
  interactions: Interaction[];
  metadata: Record<string, unknown>;
}
