import { findUnstorableText, type Contract } from '@signet/core';
import { z } from 'zod';
import { UnstorableTextError } from '../errors/broker-error.js';
import { parse } from '../http/parse.js';
import { name } from '../http/schemas.js';

/**
 * Refuses (400 `request.unstorable-character`) a document whose decoded strings the database could not hold:
 * a `\u0000` or unpaired-surrogate escape in JSON, `\0` in YAML. Comparisons, events and names derive from those
 * strings, so checking the text before anything is written keeps every later write storable. `where` names the
 * field that carried the document (`content`, `contracts.0.content`).
 */
export function assertStorableDocument(text: string, where: string): void {
  const found = findUnstorableText(text);
  if (found !== undefined) throw new UnstorableTextError(`${where} (at ${found.location} of the document)`);
}

const parties = z.object({ consumer: name, provider: name });

/** A contract's consumer and provider become services: they follow the one name rule (400 otherwise). */
export function assertContractNames(contract: Contract, where: string): void {
  parse(parties, { consumer: contract.consumer, provider: contract.provider }, where);
}
