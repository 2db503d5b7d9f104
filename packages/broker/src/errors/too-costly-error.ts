import { BrokerError } from './broker-error.js';

/**
 * 422: a document could not be processed within the engine's limits (its load ran past the time limit, or the
 * worker loading it ran out of memory). Nothing was stored.
 */
export class TooCostlyError extends BrokerError {
  constructor(code: string, detail: string) {
    super(code, 422, 'Document too costly to process', detail);
  }
}
