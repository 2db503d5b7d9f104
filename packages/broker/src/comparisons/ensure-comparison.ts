import type { ComparisonSummary, Contract, Finding } from '@signet/core';
import { requestLog } from '../logging/request-log.js';
import type { BrokerDeps } from '../deps.js';
import type { DocumentText } from '../engine.js';
import { readSpecSet } from '../specs/spec-set.js';
import type { Comparison, Store } from '../store/index.js';
import { TextCache } from '../documents/text-cache.js';

/**
 * Spec texts read for comparisons, shared by every request (and every broker in the process: a sha names the
 * same text in any database). One spec compared with many contracts is read once, not once per publication.
 */
export const specTextCache = new TextCache(16 * 1024 * 1024);

/**
 * Documents shared by the comparisons of one request: spec texts (read once; the engine keeps loaded specs by
 * sha) and parsed contracts.
 */
export type ParsedCache = Map<string, Promise<string> | Contract>;

/** The provider whose spec is compared: the timeline files the comparison under it. */
export interface ComparisonContext {
  providerId: number;
  cache: ParsedCache;
  /** The versions whose publication or verification asked for the comparison, told in its event. */
  subject?: ComparisonSubject;
}

/** Versions and branches a comparison event names (webhook templates read them). */
export interface ComparisonSubject {
  consumerVersion?: string;
  consumerBranch?: string | null;
  providerVersion?: string;
  providerBranch?: string | null;
}

/**
 * Returns the comparison of (contract content, spec content), computing and storing it the first time. The
 * result, its `comparison.succeeded`/`comparison.failed` event and that event's webhook deliveries commit in one
 * transaction. A pair that cannot be compared (a stored document no longer loads) is stored as `failed`, never
 * thrown.
 */
export async function ensureComparison(
  deps: BrokerDeps,
  contractSha: string,
  specSha: string,
  context: ComparisonContext,
): Promise<Comparison> {
  const stored = await deps.store.comparisons.find(contractSha, specSha);
  if (stored !== undefined) return stored;
  // Computed outside the transaction: comparing is CPU work that must not hold locks or the connection.
  const computed = await computeComparison(deps, contractSha, specSha, context.cache);
  return deps.store.transaction((store) => storeComparison(store, computed, context));
}

/** A comparison computed and not yet stored, with the parties its event names. */
export interface ComputedComparison {
  row: ComparisonRow;
  parties: { consumer?: string; provider?: string };
}

/**
 * Stores a computed comparison with its event; call inside a transaction. Another request that stored the pair
 * first wins: its row (and its event) stand, and that row is returned.
 */
export async function storeComparison(
  store: Store,
  { row, parties }: ComputedComparison,
  context: Omit<ComparisonContext, 'cache'>,
): Promise<Comparison> {
  const inserted = await store.comparisons.insert(row);
  if (inserted === undefined) return (await store.comparisons.find(row.contractSha, row.specSha))!;
  const type = row.status === 'compatible' ? 'comparison.succeeded' : 'comparison.failed';
  await store.events.append(type, context.providerId, {
    contractSha: row.contractSha,
    specSha: row.specSha,
    status: row.status,
    ...parties,
    ...context.subject,
  });
  return inserted;
}

type ComparisonRow = Parameters<BrokerDeps['store']['comparisons']['insert']>[0];

/** Compares the pair (in the broker, in its worker pool); a pair that cannot be compared is a `failed` row. */
export async function computeComparison(
  deps: BrokerDeps,
  contractSha: string,
  specSha: string,
  cache: ParsedCache,
): Promise<ComputedComparison> {
  let parties = {};
  try {
    const contract = await parsedContract(deps, contractSha, cache);
    parties = { consumer: contract.consumer, provider: contract.provider };
    const specs = await comparedSpecs(deps, specSha, cache);
    // In the broker process this runs in a worker, under its time limit; a stopped comparison is `failed`.
    const result = await deps.engine.compare(specs, contract);
    logCheckFailures(result.findings, contractSha, specSha);
    const row: ComparisonRow = {
      contractSha,
      specSha,
      status: result.compatible ? 'compatible' : 'incompatible',
      summary: deps.engine.summariseComparison(result, contract),
      findings: result.findings,
    };
    return { row, parties };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    requestLog()?.error({ contractSha, specSha, err: error }, 'comparison could not run; stored as failed');
    const summary = failedSummary(message);
    return {
      row: { contractSha, specSha, status: 'failed', summary, findings: [], error: message },
      parties,
    };
  }
}

/** A check that failed inside the engine is a Signet bug or unforeseen input: the operator must hear of it. */
function logCheckFailures(findings: Finding[], contractSha: string, specSha: string): void {
  const failed = findings.filter((finding) => finding.code === 'internal.check-failed');
  if (failed.length === 0) return;
  requestLog()?.error(
    {
      contractSha,
      specSha,
      failures: failed.map((f) => ({ message: f.message, at: f.mockDetails.location })),
    },
    'comparison checks failed unexpectedly; the pair is stored incompatible',
  );
}

function failedSummary(message: string): ComparisonSummary {
  return {
    compatible: false,
    errorCount: 1,
    warningCount: 0,
    errors: [
      { code: 'comparison.failed', message: `the comparison could not run: ${message}`, interaction: '' },
    ],
  };
}

/** The spec, or a version's OpenAPI and AsyncAPI specs when `sha` names their spec set (a part missing throws). */
async function comparedSpecs(deps: BrokerDeps, sha: string, cache: ParsedCache): Promise<DocumentText[]> {
  const text = await specText(deps, sha, cache);
  const parts = readSpecSet(text);
  if (parts === undefined) return [{ sha, text }];
  return Promise.all(
    parts.map(async (part) => ({ sha: part.sha, text: await specText(deps, part.sha, cache) })),
  );
}

function specText(deps: BrokerDeps, sha: string, cache: ParsedCache): Promise<string> {
  const cached = cache.get(`spec:${sha}`);
  if (cached !== undefined) return cached as Promise<string>;
  const known = specTextCache.get(sha);
  const reading =
    known !== undefined
      ? Promise.resolve(known)
      : text(deps, sha).then((read) => {
          specTextCache.set(sha, read);
          return read;
        });
  cache.set(`spec:${sha}`, reading);
  return reading;
}

async function parsedContract(deps: BrokerDeps, sha: string, cache: ParsedCache): Promise<Contract> {
  const cached = cache.get(`contract:${sha}`);
  if (cached !== undefined) return cached as Contract;
  const contract = deps.engine.parseContract(await text(deps, sha), { maxBytes: Number.MAX_SAFE_INTEGER });
  cache.set(`contract:${sha}`, contract);
  return contract;
}

async function text(deps: BrokerDeps, sha: string): Promise<string> {
  const stored = await deps.store.documents.get(sha);
  if (stored === undefined) throw new Error(`document ${sha} is not stored`);
  return stored;
}
