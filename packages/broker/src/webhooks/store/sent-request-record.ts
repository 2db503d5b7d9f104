/** The request one webhook attempt sent, as the delivery log keeps it: secrets redacted, the body bounded. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The body's first `bodyLimit` bytes (UTF-8, cut on a character boundary); null for GET and HEAD. */
  body: string | null;
  /** The whole body's size in bytes, as sent. */
  bodyBytes: number;
  /** True when `body` is only the start of what was sent. */
  bodyTruncated: boolean;
}
