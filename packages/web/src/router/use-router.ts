import { useContext } from 'react';
import { RouterContext, type RouterValue } from './router.js';

/** The current location and `navigate`; only inside `<Router>`. */
export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (value === undefined) throw new Error('useRouter needs <Router>');
  return value;
}
