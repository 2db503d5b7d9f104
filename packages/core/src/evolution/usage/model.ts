import type { Contract } from '../../contracts/model.js';
import type { BodyUse } from './body-paths.js';

/** A consumer contract and what is known about where that consumer version runs. */
export interface ConsumerContract {
  consumer: string;
  version?: string;
  contract: Contract;
  /** Environments the version is deployed or released in, as the broker knows them. */
  environments?: string[];
  /** Branches the version is on; `mainBranch` says one of them is the consumer's main branch. */
  branches?: string[];
  mainBranch?: boolean;
}

/** One interaction of one consumer contract: who relies on a part of the spec. */
export interface InteractionRef {
  consumer: string;
  version?: string;
  /** The interaction's description. */
  interaction: string;
  /** Its position in the contract's interactions. */
  index: number;
}

/** What one HTTP interaction relies on in one spec, found by routing it as the comparison does. */
export interface Footprint {
  ref: InteractionRef;
  operation: { method: string; path: string };
  /** Parameters it sends (`in` + name as the spec writes it; header names lower-case) and every path parameter. */
  parameters: Array<{ in: string; name: string }>;
  /** The request body's media type key in the spec, and what the body holds. */
  request: { mediaType?: string; body?: BodyUse };
  /** The documented response its status selects (`200`, `2XX`, `default`). */
  status?: string;
  /** Response headers it expects, lower-case. */
  responseHeaders: string[];
  response: { mediaType?: string; body?: BodyUse };
  /** Schema pointers (into the spec's `schemaRoot`) its request and response bodies' paths pass through. */
  requestPointers: Set<string>;
  responsePointers: Set<string>;
}
