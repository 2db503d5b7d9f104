/** A byte stream that is not HTTP/1.x the proxy can frame: the connection is answered 400 or cut. */
export class HttpSyntaxError extends Error {
  override readonly name = 'HttpSyntaxError';
}
