import { ContractError } from '../contract-error.js';
import type { PactVersion } from '../model.js';
import { firstField, isRecord } from './json-guards.js';
import type { JsonRecord } from './json-guards.js';

/**
 * The Pact specification version of a document, from `metadata.pactSpecification.version`,
 * `metadata['pact-specification'].version` or `metadata.pactSpecificationVersion`.
 *
 * Without metadata the shape decides: v4 interaction `type`s → '4'; `messages`, by-category
 * matching rules or `providerStates` → '3'; anything else → '2'. v1-shaped HTTP pacts read the
 * same way under v2 (string query, flat rules), and v2 semantics only add matcher support, so '2'
 * is the safe default: it never ignores matchers a v1-era tool may still have written.
 */
export function detectPactVersion(doc: JsonRecord): PactVersion {
  const declared = declaredVersion(doc);
  if (declared === undefined) return inferVersion(doc);
  const version = toPactVersion(declared);
  if (version === undefined) {
    throw new ContractError(
      'contract.unsupported-version',
      `Unsupported Pact specification version '${declared}'; Signet reads versions 1, 1.1, 2, 3 and 4`,
      '/metadata',
    );
  }
  return version;
}

/** Maps `'3.0.0'`, `'v3'`, `4`, `'1.1'`… to a {@link PactVersion}; `undefined` when unknown. */
export function toPactVersion(raw: unknown): PactVersion | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const match = /^v?(\d+)(?:\.(\d+))?/i.exec(String(raw).trim());
  if (!match) return undefined;
  const major = match[1];
  if (major === '1') return match[2] === '1' ? '1.1' : '1';
  if (major === '2' || major === '3' || major === '4') return major;
  return undefined;
}

function declaredVersion(doc: JsonRecord): string | undefined {
  const metadata = doc['metadata'];
  if (!isRecord(metadata)) return undefined;
  const spec = firstField(metadata, 'pactSpecification', 'pact-specification', 'pactSpecificationVersion');
  const version = isRecord(spec) ? spec['version'] : spec;
  return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}

function inferVersion(doc: JsonRecord): PactVersion {
  const interactions = Array.isArray(doc['interactions']) ? (doc['interactions'] as unknown[]) : [];
  if (interactions.some((i) => isRecord(i) && typeof i['type'] === 'string')) return '4';
  if (Array.isArray(doc['messages'])) return '3';
  const v3Shaped = interactions.some(
    (i) =>
      isRecord(i) &&
      (Array.isArray(i['providerStates']) ||
        hasCategoryRules(i['request']) ||
        hasCategoryRules(i['response'])),
  );
  return v3Shaped ? '3' : '2';
}

function hasCategoryRules(part: unknown): boolean {
  if (!isRecord(part) || !isRecord(part['matchingRules'])) return false;
  return Object.keys(part['matchingRules']).some((key) => !key.startsWith('$'));
}
