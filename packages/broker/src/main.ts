#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps compiled modules on disk, so later starts skip most of the ~900 modules' compilation; Node 20
// has no compile cache (nothing to do). Enabled before the broker's modules load, hence the dynamic import.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runBroker } = await import('./run-broker.js');

/** `node dist/main.js [--port 3000] [--host 127.0.0.1] [--data-dir ./.signet/data] [--database-url postgres://…]` */
runBroker(
  {
    argv: process.argv.slice(2),
    env: process.env,
    say: (message) => console.error(message),
    onSignal: (signal, handler) => process.once(signal, handler),
    // Started by `signet broker` with an IPC channel: it closes when that process exits, however it exits.
    onParentGone: (handler) => {
      if (process.channel === undefined) return;
      process.channel.unref();
      process.once('disconnect', handler);
    },
    exit: (code) => process.exit(code),
  },
  // No engine given: spec loading and comparisons run in worker threads (engine-pool/).
).catch((error: unknown) => {
  console.error('signet broker failed to start:', error);
  process.exit(1);
});
