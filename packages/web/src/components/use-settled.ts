import { useEffect, useState } from 'react';

/** `value` once it has not changed for `ms`: typing stays instant, the request it triggers waits for a pause. */
export function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
