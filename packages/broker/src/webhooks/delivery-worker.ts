import type { Store } from '../store/index.js';
import { deliver } from './deliver.js';
import type { WebhookRuntime } from './runtime.js';
import { leaseMs } from './settings.js';

/** The outbox worker of one broker process. */
export interface DeliveryWorker {
  /** Look for work now (deliveries were queued, or a slot freed up). */
  wake(): void;
  /** Stops claiming, waits for the attempts in flight to be recorded, and resolves. */
  stop(): Promise<void>;
}

/**
 * Starts draining the outbox: claims due deliveries (`for update skip locked`, so several processes share the
 * work), sends up to `concurrency` at once, and records each attempt. It wakes at once when this process
 * queues deliveries (`store.webhooks.onQueued`) and otherwise sleeps until the next retry is due, at most
 * `pollMs` (to see work queued by other processes).
 */
export function startDeliveryWorker(
  store: Store,
  runtime: WebhookRuntime,
  onError: (error: unknown) => void = () => {},
): DeliveryWorker {
  const { settings } = runtime;
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let woken = false;
  let interrupt: (() => void) | undefined;

  const wake = () => {
    woken = true;
    interrupt?.();
  };
  const sleep = async (ms: number) => {
    if (!woken && !stopped) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        interrupt = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    interrupt = undefined;
    woken = false;
  };

  async function loop(): Promise<void> {
    while (!stopped) {
      const free = settings.concurrency - inFlight.size;
      try {
        if (free <= 0) {
          await sleep(settings.pollMs);
          continue;
        }
        woken = false;
        const claimed = await store.webhooks.outbox.claimDue(free, leaseMs(settings));
        for (const claim of claimed) {
          const attempt = deliver(store, runtime, claim).then(
            () => undefined,
            (error: unknown) => onError(error),
          );
          inFlight.add(attempt);
          void attempt.finally(() => {
            inFlight.delete(attempt);
            wake();
          });
        }
        if (claimed.length === free) continue;
        // A due row another worker is claiming right now is skipped, not waited for: don't spin on it.
        const due = await store.webhooks.outbox.nextDueInMs();
        await sleep(
          Math.max(Math.min(due ?? settings.pollMs, settings.pollMs), claimed.length === 0 ? 20 : 0),
        );
      } catch (error) {
        onError(error);
        await sleep(settings.pollMs);
      }
    }
  }

  const running = loop();
  const unsubscribe = store.webhooks.onQueued(wake);
  return {
    wake,
    async stop() {
      stopped = true;
      unsubscribe();
      wake();
      await running;
      await Promise.allSettled([...inFlight]);
    },
  };
}
