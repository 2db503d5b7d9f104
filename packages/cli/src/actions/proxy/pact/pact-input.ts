import type { RecordedInteraction } from '../recording/index.js';

/** The Pact specification versions the proxy writes. */
export type WritablePactVersion = 3 | 4;

/** What a Pact document is written from. */
export interface PactDocumentInput {
  consumer: string;
  provider: string;
  interactions: readonly RecordedInteraction[];
}
