import { useEffect, useRef } from 'react';

/**
 * "Load more" for cursor-paginated lists: a real button (keyboard), which also fires by itself when it scrolls
 * into view when `auto` is set (infinite scroll).
 */
export function LoadMore({
  onMore,
  busy,
  auto = false,
}: {
  onMore: () => void;
  busy: boolean;
  auto?: boolean;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = ref.current;
    if (!auto || button === null || busy) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onMore();
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [auto, busy, onMore]);
  return (
    <button ref={ref} type="button" className="load-more" onClick={onMore} disabled={busy}>
      {busy ? 'Loading…' : 'Load more'}
    </button>
  );
}
