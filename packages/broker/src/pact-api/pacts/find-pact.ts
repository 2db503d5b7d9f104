import { NotFoundError } from '../../errors/broker-error.js';
import { findService } from '../../services/find-service.js';
import type { Store } from '../../store/index.js';
import type { PactCandidate } from '../store/pact-candidates.js';
import type { StoredPact } from './pact-resource.js';

/** Which of an integration's pacts: a consumer version's, the latest (on a branch / with a tag), or by content. */
export type PactQuery =
  | { kind: 'version'; version: string }
  | { kind: 'latest'; branch?: string; tag?: string }
  | { kind: 'content'; sha: string };

/** The stored pact the query names, or a 404. */
export async function findPact(
  store: Store,
  provider: string,
  consumer: string,
  query: PactQuery,
): Promise<StoredPact> {
  const service = await findService(store, provider);
  const candidates = await store.pact.candidates.forProvider(service.id, consumer);
  const found = candidates.filter((candidate) => matches(candidate, query)).at(-1);
  if (found === undefined)
    throw new NotFoundError(
      'pact.not-found',
      `no pact between ${consumer} and ${provider} ${describe(query)}`,
    );
  return toStoredPact(store, provider, found);
}

/** The pact text of a candidate. */
export async function toStoredPact(
  store: Store,
  provider: string,
  candidate: PactCandidate,
): Promise<StoredPact> {
  const text = (await store.documents.get(candidate.contentSha))!;
  return {
    consumer: candidate.consumer,
    consumerVersion: candidate.consumerVersion,
    provider,
    contentSha: candidate.contentSha,
    createdAt: candidate.createdAt,
    text,
  };
}

function matches(candidate: PactCandidate, query: PactQuery): boolean {
  if (query.kind === 'version') return candidate.consumerVersion === query.version;
  if (query.kind === 'content') return candidate.contentSha === query.sha;
  if (query.branch !== undefined && !candidate.branches.includes(query.branch)) return false;
  return query.tag === undefined || candidate.tags.includes(query.tag);
}

function describe(query: PactQuery): string {
  if (query.kind === 'version') return `for consumer version ${query.version}`;
  if (query.kind === 'content') return `with content ${query.sha}`;
  if (query.branch !== undefined) return `on branch ${query.branch}`;
  return query.tag === undefined ? '' : `tagged ${query.tag}`;
}
