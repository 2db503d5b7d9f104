/**
 * Why the proxy will not write its pact: `empty` — nothing was recorded and a pact is already there;
 * `not-mergeable` — `--merge` was asked for, but the existing file cannot take these interactions.
 */
export class PactFileError extends Error {
  constructor(
    readonly kind: 'empty' | 'not-mergeable',
    message: string,
  ) {
    super(message);
    this.name = 'PactFileError';
  }
}
