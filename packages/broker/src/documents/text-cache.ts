/**
 * Document texts by content sha, least recently used first out, bounded by their total UTF-16 length. A sha
 * names one text for ever (it is the text's sha256), so an entry can never be stale: a changed document has
 * another sha and misses. Saves reading the same spec from the database for every contract compared with it.
 */
export class TextCache {
  private readonly entries = new Map<string, string>();
  private size = 0;
  /** Lookups answered from the cache, and those that were not. */
  hits = 0;
  misses = 0;

  /** `maxChars`: what all texts held may add up to; a longer text is not kept at all. */
  constructor(private readonly maxChars: number) {}

  get(sha: string): string | undefined {
    const text = this.entries.get(sha);
    if (text === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Re-inserting moves it to the end: Map keeps insertion order.
    this.entries.delete(sha);
    this.entries.set(sha, text);
    return text;
  }

  set(sha: string, text: string): void {
    if (this.entries.has(sha) || text.length > this.maxChars) return;
    this.entries.set(sha, text);
    this.size += text.length;
    for (const [oldest, old] of this.entries) {
      if (this.size <= this.maxChars) break;
      this.entries.delete(oldest);
      this.size -= old.length;
    }
  }

  /** The shas held, least recently used first. */
  shas(): string[] {
    return [...this.entries.keys()];
  }
}
