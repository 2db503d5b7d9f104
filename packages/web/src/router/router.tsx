import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Where the app is: the path and the query string (filters live there, so URLs can be shared). */
export interface Location {
  path: string;
  search: URLSearchParams;
}

export interface RouterValue {
  location: Location;
  /** Goes to `href` (a path with an optional query); `replace` keeps the history entry (filters as you type). */
  navigate: (href: string, options?: { replace?: boolean }) => void;
}

export const RouterContext = createContext<RouterValue | undefined>(undefined);

const current = (): Location => ({
  path: window.location.pathname,
  search: new URLSearchParams(window.location.search),
});

/** A small history-API router: real paths, back/forward, no hash URLs. */
export function Router({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const onPop = () => setLocation(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((href: string, options: { replace?: boolean } = {}) => {
    const target = new URL(href, window.location.href);
    const next = target.pathname + target.search;
    if (next === window.location.pathname + window.location.search) return;
    if (options.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    setLocation(current());
    if (!options.replace) window.scrollTo(0, 0);
  }, []);
  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}
