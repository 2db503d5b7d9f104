/**
 * Tells this process's delivery worker that deliveries were queued — after the transaction that queued them
 * commits, so the worker never looks before they are visible. Other processes find them by polling.
 */
export class OutboxScope {
  private queued = false;

  constructor(
    private readonly listeners = new Set<() => void>(),
    /** True inside a transaction: notification waits for `committed`. */
    private readonly deferred = false,
  ) {}

  /** Calls `listener` whenever deliveries become visible; returns the function that removes it. */
  onQueued(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A scope for one transaction, sharing the listeners. */
  nested(): OutboxScope {
    return new OutboxScope(this.listeners, true);
  }

  /** Deliveries were inserted (in this scope's transaction, if any). */
  markQueued(): void {
    if (this.deferred) this.queued = true;
    else this.notify();
  }

  /** The scope's transaction committed. */
  committed(): void {
    if (this.queued) this.notify();
    this.queued = false;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
