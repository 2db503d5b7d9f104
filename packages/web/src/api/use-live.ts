import { useContext } from 'react';
import { LiveContext, type LiveValue } from './live-context.js';

/** The live-update state: `tick` changes whenever the broker announces something new. */
export function useLive(): LiveValue {
  return useContext(LiveContext);
}
