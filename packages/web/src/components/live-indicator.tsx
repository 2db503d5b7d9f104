import { useLive } from '../api/use-live.js';

/** "Live" when the update stream is connected, so a user knows pages refresh by themselves. */
export function LiveIndicator() {
  const { connected, last } = useLive();
  return (
    <span
      className={connected ? 'live live-on' : 'live'}
      title={last === undefined ? undefined : `last update: ${last.type} (#${last.id})`}
      data-testid="live-indicator"
    >
      {connected ? '● live' : '○ offline'}
    </span>
  );
}
