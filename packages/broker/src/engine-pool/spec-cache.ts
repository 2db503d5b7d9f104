import type { ProviderSpec } from '@signet/core';

/** How many loaded specs one cache keeps, and how much spec text they may add up to (a loaded spec takes ~15×). */
export interface SpecCacheLimits {
  maxEntries: number;
  maxTextBytes: number;
}

export const defaultSpecCacheLimits: SpecCacheLimits = { maxEntries: 4, maxTextBytes: 32 * 1024 * 1024 };

/**
 * Loaded specs by content sha, least recently used first out: one spec compared with many contracts loads
 * once. The newest spec is always kept, however large, so the comparisons of one publication share it.
 */
export class SpecCache {
  private readonly entries = new Map<string, { spec: ProviderSpec; bytes: number }>();
  private bytes = 0;
  /** How many specs were stored: each one was loaded (a miss). */
  loads = 0;

  constructor(private readonly limits: SpecCacheLimits = defaultSpecCacheLimits) {}

  get(sha: string): ProviderSpec | undefined {
    const entry = this.entries.get(sha);
    if (entry === undefined) return undefined;
    // Re-inserting moves it to the end: Map keeps insertion order.
    this.entries.delete(sha);
    this.entries.set(sha, entry);
    return entry.spec;
  }

  set(sha: string, spec: ProviderSpec, textBytes: number): void {
    const old = this.entries.get(sha);
    if (old !== undefined) {
      this.bytes -= old.bytes;
      this.entries.delete(sha);
    }
    this.entries.set(sha, { spec, bytes: textBytes });
    this.bytes += textBytes;
    this.loads += 1;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= 1) break;
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxTextBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** The shas held, oldest first. */
  shas(): string[] {
    return [...this.entries.keys()];
  }
}
