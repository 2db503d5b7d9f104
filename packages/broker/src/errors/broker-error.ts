/**
 * Named errors the domain throws. The HTTP edge maps each to problem+json by its `status` and stable `code`
 * (see `problem.ts`); nothing inside the broker builds HTTP responses for errors.
 */
export class BrokerError extends Error {
  constructor(
    /** Stable, machine-readable, e.g. `contract.content-changed`. */
    readonly code: string,
    /** HTTP status the edge answers with. */
    readonly status: number,
    /** Short human summary, the same for every occurrence of the code. */
    readonly title: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = new.target.name;
  }
}

/** 400: the request is malformed (bad parameter, bad cursor). */
export class BadRequestError extends BrokerError {
  constructor(code: string, detail: string) {
    super(code, 400, 'Bad request', detail);
  }
}

/** 404: a named resource does not exist. */
export class NotFoundError extends BrokerError {
  constructor(code: string, detail: string) {
    super(code, 404, 'Not found', detail);
  }
}

/** 409: the request conflicts with what is stored (e.g. a version's contract content changed). */
export class ConflictError extends BrokerError {
  constructor(code: string, detail: string) {
    super(code, 409, 'Conflict', detail);
  }
}

/** 413: a document is larger than the configured limit. */
export class TooLargeError extends BrokerError {
  constructor(code: string, detail: string) {
    super(code, 413, 'Document too large', detail);
  }
}

/** 422: a spec or contract could not be loaded; `detail` is the loader's precise message. */
export class InvalidDocumentError extends BrokerError {
  constructor(
    code: string,
    detail: string,
    /** Where in the document, as the loader reports it. */
    readonly location?: string,
  ) {
    super(code, 422, 'Invalid document', detail);
  }
}

/** 401: no credentials, or credentials that are not a live token. */
export class UnauthorizedError extends BrokerError {
  constructor(detail: string) {
    super('auth.unauthenticated', 401, 'Authentication required', detail);
  }
}

/** 403: a live token whose role does not allow this request. */
export class ForbiddenError extends BrokerError {
  constructor(detail: string) {
    super('auth.forbidden', 403, 'Forbidden', detail);
  }
}

/** 429: too many requests with these credentials; the response says when to retry. */
export class TooManyRequestsError extends BrokerError {
  constructor(detail: string) {
    super('rate-limited', 429, 'Too many requests', detail);
  }
}

/**
 * 400: the request holds text PostgreSQL cannot store exactly (NUL, an unpaired UTF-16 surrogate), in a field,
 * a path, a query, a header or a document. Refused before anything is written.
 */
export class UnstorableTextError extends BrokerError {
  constructor(
    /** Where: `body.consumer.name`, `path.name`, `query.branch`, `header.x-forwarded-host`, `body.content`… */
    readonly location: string,
  ) {
    super(
      'request.unstorable-character',
      400,
      'Unstorable character',
      `${location} contains NUL or an unpaired UTF-16 surrogate, which the broker cannot store`,
    );
  }
}
