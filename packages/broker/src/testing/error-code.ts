import { BrokerError } from '../errors/broker-error.js';

/** `"404 service.not-found"` for a promise that rejects with a broker error, `"resolved"` if it resolves. */
export function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof BrokerError ? `${error.status} ${error.code}` : String(error)),
  );
}
