import { defaultLimits } from '../../shared/document-limits.js';
import type { DocumentLimits } from '../../shared/document-limits.js';
import { ContractError } from '../contract-error.js';
import type { Contract } from '../model.js';
import { field, isRecord, pointer } from './json-guards.js';
import type { JsonRecord } from './json-guards.js';
import { detectPactVersion } from './pact-version.js';
import { parseInteraction } from './parse-interaction.js';
import type { ParseContext } from './parse-context.js';
import { checkParsedValue, readJsonText } from './read-json-text.js';

export type ParseContractOptions = Partial<DocumentLimits>;

/**
 * Parses a Pact file (spec v1, v1.1, v2, v3 or v4; text or an already-parsed object) into the
 * normalised {@link Contract}. Size and nesting limits are enforced before `JSON.parse`. Interactions
 * of unknown types are skipped (as PactFlow does); the rest keep their source position as `index`.
 *
 * @throws ContractError with a stable `code` (`contract.parse`, `contract.too-large`, `contract.too-deep`,
 *   `contract.not-pact`, `contract.invalid`, `contract.unsupported-version`, `contract.matcher.invalid`)
 *   and a JSON-pointer `location` such as `/interactions/3/request/method`.
 * @example
 * const contract = parseContract(await readFile('pact.json', 'utf8'));
 * contract.interactions[0]?.location; // '[root].interactions[0]'
 */
export function parseContract(input: string | object, options: ParseContractOptions = {}): Contract {
  const limits: DocumentLimits = { ...defaultLimits, ...options };
  let doc: unknown;
  if (typeof input === 'string') doc = readJsonText(input, limits);
  else {
    checkParsedValue(input, limits);
    doc = input;
  }
  if (!isRecord(doc) || !looksLikePact(doc)) {
    throw new ContractError(
      'contract.not-pact',
      'This JSON is not a Pact contract: it needs "consumer", "provider" and "interactions" (or "messages")',
      '/',
    );
  }
  const consumer = participant(doc, 'consumer');
  const provider = participant(doc, 'provider');
  const ctx: ParseContext = { strict: true, version: detectPactVersion(doc) };
  const interactions = [
    ...list(doc, 'interactions').map((raw, i) => parseInteraction(raw, i, 'interactions', ctx)),
    ...list(doc, 'messages').map((raw, i) => parseInteraction(raw, i, 'messages', ctx)),
  ].filter((interaction) => interaction !== undefined);
  const metadata = field(doc, 'metadata');
  return {
    consumer,
    provider,
    pactVersion: ctx.version,
    interactions,
    metadata: isRecord(metadata) ? metadata : {},
  };
}

function looksLikePact(doc: JsonRecord): boolean {
  return ['consumer', 'provider', 'interactions', 'messages'].some((key) => field(doc, key) !== undefined);
}

function participant(doc: JsonRecord, role: 'consumer' | 'provider'): string {
  const value = field(doc, role);
  const name = isRecord(value) ? field(value, 'name') : undefined;
  if (typeof name !== 'string' || name.trim() === '') {
    throw new ContractError(
      'contract.invalid',
      `The pact needs a ${role} with a non-empty "name"`,
      pointer('', role, 'name'),
    );
  }
  return name;
}

function list(doc: JsonRecord, key: 'interactions' | 'messages'): unknown[] {
  const value = field(doc, key);
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new ContractError('contract.invalid', `"${key}" must be an array`, pointer('', key));
  return value;
}
