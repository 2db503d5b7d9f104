/** The first bytes of a body as it streams past, bounded so a large upload never sits in memory. */

/** Default bound on what is kept of each body for recording: 1 MiB. */
export const DEFAULT_CAPTURE_LIMIT = 1024 * 1024;

/** A body seen by the proxy: the kept prefix and the full size. */
export interface CapturedBody {
  bytes: Buffer;
  totalBytes: number;
  /** True when the body was larger than the capture limit (so `bytes` is only its beginning). */
  truncated: boolean;
}

/**
 * Collects chunks up to `limit` bytes while counting all of them.
 *
 * @example
 * const capture = new BodyCapture(1024);
 * stream.on('data', (chunk: Buffer) => capture.add(chunk));
 * stream.on('end', () => record(capture.result()));
 */
export class BodyCapture {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private total = 0;

  constructor(private readonly limit: number = DEFAULT_CAPTURE_LIMIT) {}

  add(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.kept >= this.limit) return;
    const room = this.limit - this.kept;
    const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
    this.chunks.push(part);
    this.kept += part.length;
  }

  result(): CapturedBody {
    const bytes = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.kept);
    return { bytes, totalBytes: this.total, truncated: this.total > this.kept };
  }
}

/** A captured empty body. */
export const EMPTY_BODY: CapturedBody = { bytes: Buffer.alloc(0), totalBytes: 0, truncated: false };
