import type { Interaction, MessageContents } from '../../contracts/model.js';
import type { CompareOptions } from '../check-context.js';
import type { ValidatorCache } from '../schema/ajv/validator-cache.js';

/**
 * One message of an interaction as checked: an async message or a sync reply is what the provider sends
 * (`response`: read as a promise, like an HTTP response), a sync request what the consumer sends (`request`:
 * as written, like an HTTP request).
 */
export interface MessageSide {
  interaction: Interaction;
  contents: MessageContents;
  direction: 'request' | 'response';
  /** The message itself: `[root].interactions[0]`, `….request` or `….response[0]`. */
  location: string;
  /** Where the payload sits: `[root].interactions[0].contents.content` (v4) or `[root].messages[0].contents` (v3). */
  contentLocation: string;
  /** `[root].interactions[0].metadata`. */
  metadataLocation: string;
}

/** What checking messages against one spec needs. */
export interface MessageCheckContext {
  validators: ValidatorCache;
  options: CompareOptions;
  /** The spec document as written, for showing a matched message (read only then: it may be parsed lazily). */
  document: () => Record<string, unknown>;
}
