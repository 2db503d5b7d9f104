import { useContext } from 'react';
import { BrokerContext, type BrokerValue } from './broker-context.js';

/** The broker client and the signed-in token; only inside `<BrokerProvider>`. */
export function useBroker(): BrokerValue {
  const value = useContext(BrokerContext);
  if (value === undefined) throw new Error('useBroker needs <BrokerProvider>');
  return value;
}
