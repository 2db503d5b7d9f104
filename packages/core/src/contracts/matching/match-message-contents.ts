import type { MessageContents, PactVersion } from '../model.js';
import { matchBody } from './body/match-body.js';
import { matchMetadata } from './match-metadata.js';
import { usesMatchers } from './mismatch.js';
import type { Mismatch } from './mismatch.js';

/**
 * Compares normalised messages: contents (unexpected keys allowed, as for responses) and metadata.
 *
 * @example compareMessages(messageInteraction, producedMessage, '3') // [] when it matches
 */
export function compareMessages(
  expected: MessageContents,
  actual: MessageContents,
  version: PactVersion,
): Mismatch[] {
  const rules = usesMatchers(version) ? expected.matchingRules : {};
  return [
    ...matchBody(expected.body, actual.body, { rules: rules['body'], allowUnexpectedKeys: true }),
    ...matchMetadata(expected.metadata, actual.metadata, rules['metadata']),
  ];
}
