import { z } from 'zod';
import { name, refName, versionNumber } from '../../http/schemas.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { FieldErrorList } from '../errors/pact-validation-error.js';

const contractEntry = z.object({
  consumerName: name,
  providerName: name,
  specification: z.string(),
  contentType: z.string(),
  content: z.string().min(1),
  onConflict: z.enum(['overwrite', 'merge']).optional(),
});

const publishBody = z.object({
  pacticipantName: name,
  pacticipantVersionNumber: versionNumber,
  branch: refName.optional(),
  tags: z.array(refName).max(50).optional(),
  buildUrl: z.string().max(2000).optional(),
  contracts: z.array(contractEntry).min(1).max(100),
});

/** One pact to publish, decoded. */
export interface PactToPublish {
  consumer: string;
  provider: string;
  /** The pact's JSON text as the client encoded it. */
  text: string;
  onConflict?: 'overwrite' | 'merge';
}

export type PublishRequest = Omit<z.infer<typeof publishBody>, 'contracts'> & { contracts: PactToPublish[] };

/**
 * Validates `POST /contracts/publish` as Pact Broker does: every contract a base64 UTF-8 JSON object of
 * specification `pact`, whose consumer and provider names match the request's (400 with field errors).
 */
export function readPublishRequest(value: unknown): PublishRequest {
  const body = parsePactBody(publishBody, value);
  const errors = new FieldErrorList();
  const contracts = body.contracts.map((entry, index) => {
    const field = `contracts.${index}`;
    if (entry.specification !== 'pact')
      errors.add(`${field}.specification`, `must be "pact" (got "${entry.specification}")`);
    if (!/^application\/json\b/.test(entry.contentType))
      errors.add(`${field}.contentType`, 'must be application/json');
    if (entry.consumerName !== body.pacticipantName)
      errors.add(`${field}.consumerName`, `must match pacticipantName "${body.pacticipantName}"`);
    const text = Buffer.from(entry.content, 'base64').toString('utf8');
    const parsed = parseObject(text);
    if (parsed === undefined)
      errors.add(`${field}.content`, 'must be base64-encoded UTF-8 JSON of a pact object');
    else {
      if (nameOf(parsed['consumer']) !== entry.consumerName)
        errors.add(`${field}.content`, `consumer name in the pact must be "${entry.consumerName}"`);
      if (nameOf(parsed['provider']) !== entry.providerName)
        errors.add(`${field}.content`, `provider name in the pact must be "${entry.providerName}"`);
    }
    return { consumer: entry.consumerName, provider: entry.providerName, text, onConflict: entry.onConflict };
  });
  errors.throwIfAny();
  return { ...body, contracts };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function nameOf(party: unknown): unknown {
  return typeof party === 'object' && party !== null ? (party as { name?: unknown }).name : undefined;
}
