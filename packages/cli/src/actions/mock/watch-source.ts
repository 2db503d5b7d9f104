import { watch, type FSWatcher } from 'node:fs';

/**
 * Calls `reload` after `file` changes, once per burst of events (editors write in several steps), until `close`.
 * The directory is watched, not the file, so an editor that replaces the file (rename over it) is still seen.
 */
export function watchFile(file: string, reload: () => Promise<void>, settleMs = 100): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const dir = file.slice(0, Math.max(file.lastIndexOf('/'), 1));
  const name = file.slice(file.lastIndexOf('/') + 1);
  const watcher: FSWatcher = watch(dir, (_event, changed) => {
    if (changed !== null && changed !== name) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      // One reload at a time, in the order the changes came.
      running = running.then(reload);
    }, settleMs);
  });
  return {
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
