/** Findings of a contract-vs-spec comparison. Codes are PactFlow's comparator's, so users moving over recognise them. */

export type FindingType = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'request.path-or-method.unknown'
  /**
   * Signet's own (a warning, an error with `strictRouting`): the request path matched only once a trailing slash
   * was dropped or added.
   */
  | 'request.path.trailing-slash'
  /**
   * Signet's own (a warning, an error with `strictRouting`): the request path matched only without the server
   * (`servers`, Swagger 2 `basePath`) prefix the spec declares.
   */
  | 'request.path.prefix-missing'
  | 'request.body.incompatible'
  | 'request.query.incompatible'
  | 'request.header.incompatible'
  | 'request.content-type.incompatible'
  | 'request.accept.incompatible'
  | 'request.authorization.missing'
  /**
   * Signet's own (an error): an `Authorization` header is sent, but in a scheme the operation does not take
   * (`Basic …` where it requires `bearer`); the message names both.
   */
  | 'request.authorization.incompatible'
  | 'response.status.unknown'
  | 'response.body.incompatible'
  | 'response.body.unknown'
  | 'response.header.incompatible'
  | 'response.header.unknown'
  | 'response.content-type.incompatible'
  | 'request.body.unknown'
  | 'request.header.unknown'
  | 'request.query.unknown'
  | 'request.content-type.missing'
  | 'request.content-type.unknown'
  | 'request.accept.unknown'
  | 'response.content-type.unknown'
  | 'response.header.undefined'
  | 'response.status.default'
  | 'request.body.unvalidatable'
  | 'response.body.unvalidatable'
  // Message interactions against an AsyncAPI spec (PactFlow's codes). `message.matched` is an info naming the
  // spec message that accepted the pact message; `message.no.match` an error whose `causes` say why each
  // candidate did not.
  | 'message.matched'
  | 'message.no.match'
  | 'message.payload.incompatible'
  | 'message.payload.unvalidatable'
  | 'message.headers.incompatible'
  | 'message.operation.unknown'
  /** Signet's own (an error): the pact's `comments.references.AsyncAPI.messageId` names no message there. */
  | 'message.id.unknown'
  | 'message.references.missing'
  | 'message.reply.missing'
  | 'message.spec.missing'
  /**
   * Signet's own (an error, as a cause of `message.no.match`): the pact message's content type is not the spec
   * message's (`contentType`, else the document's `defaultContentType`).
   */
  | 'message.content-type.incompatible'
  /**
   * Signet's own (an error, as a cause of `message.no.match`): the spec message cannot be checked (message
   * traits, a payload or headers schema that is not JSON Schema, or one that does not compile), so it is never
   * taken to match.
   */
  | 'message.unsupported'
  /**
   * Signet's own (an error): a value reached a spec `pattern` or `patternProperties` key that cannot be run in
   * linear time (lookaround or backreferences in a long pattern or one with nested quantifiers, or longer than
   * 4,096 characters), so the value was not checked; the message names the pattern.
   */
  | 'spec.pattern.unsupported'
  /**
   * Signet's own (an error): a check failed unexpectedly (a bug, or input no check foresaw), so what it checks is
   * not established and the interaction cannot count as compatible. The message names the check and the error.
   */
  | 'internal.check-failed';

export interface Finding {
  code: FindingCode;
  type: FindingType;
  message: string;
  mockDetails: {
    interactionDescription: string;
    /** Provider state names joined, or `[none]`. */
    interactionState: string;
    /** e.g. `[root].interactions[4].request.query.age` */
    location: string;
    value?: unknown;
  };
  specDetails?: {
    location: string;
    pathMethod?: string;
    pathName?: string;
    value?: unknown;
  };
  /** Why a `message.no.match` matched nothing: each candidate message's errors. */
  causes?: Finding[];
}

export interface ComparisonResult {
  /** False when any finding is an error; warnings and infos never make a contract incompatible. */
  compatible: boolean;
  findings: Finding[];
}
