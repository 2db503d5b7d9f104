/** Base for errors about a user's document: a stable machine-readable `code` and where the problem is. */
export class LocatedError extends Error {
  /** Stable identifier, e.g. `spec.ref.remote`; safe to match on. */
  readonly code: string;
  /** Where the problem is: a JSON pointer (`/paths/~1pets/get`), a file path, or `line:column` for syntax errors. */
  readonly location: string;

  constructor(code: string, message: string, location: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.location = location;
  }
}
