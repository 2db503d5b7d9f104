import type { Store } from '../store/index.js';
import type { IntegrationRow } from './integration-store.js';
import type { LensRow } from './lens-rows.js';

export type EdgeStatus = 'compatible' | 'incompatible' | 'unknown';

/** Which pair of each integration the graph judges: main branches' newest (the default), or what runs in one environment. */
export type GraphLens =
  { kind: 'main' } | { kind: 'environment'; environment: string; environmentId: number };

/** One integration as the lens judges it, naming the pair. */
export interface GraphEdge {
  consumer: string;
  provider: string;
  status: EdgeStatus;
  contractSha: string;
  specSha: string | null;
  consumerVersion: string | null;
  consumerBranch: string | null;
  providerVersion: string | null;
}

/** The service graph through a lens, with feature-branch results listed apart (main lens only). */
export interface ServiceGraph {
  lens: { kind: 'main' | 'environment'; environment: string | null };
  services: Array<{ name: string; lastPublishedAt: string | null; lastVerifiedAt: string | null }>;
  integrations: GraphEdge[];
  /** Integrations whose newest contract is from a branch other than the consumer's main branch, judged apart. */
  featureBranches: GraphEdge[];
}

/**
 * Builds the graph the UI's home page draws. One document rather than a paginated list: the UI lays out the
 * whole graph at once, and 300 services with 1,500 integrations is a small payload.
 */
export async function serviceGraph(store: Store, lens: GraphLens = { kind: 'main' }): Promise<ServiceGraph> {
  const services = (await store.integrations.activity()).map((row) => ({
    name: row.name,
    lastPublishedAt: iso(row.lastPublishedAt),
    lastVerifiedAt: iso(row.lastVerifiedAt),
  }));
  if (lens.kind === 'environment') {
    const rows = await store.integrations.inEnvironment(lens.environmentId);
    return {
      lens: { kind: 'environment', environment: lens.environment },
      services,
      integrations: worstPairs(rows.map(environmentEdge)),
      featureBranches: [],
    };
  }
  const [main, feature] = await Promise.all([
    store.integrations.onMain(),
    store.integrations.onFeatureBranches(),
  ]);
  return {
    lens: { kind: 'main', environment: null },
    services,
    integrations: main.map(mainEdge),
    featureBranches: feature.map(mainEdge),
  };
}

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());

function mainEdge(row: LensRow): GraphEdge {
  return { ...pairOf(row), status: edgeStatus(row) };
}

/** The matrix's rule for a deployed pair: a comparison counts only when the provider version verified that spec. */
function environmentEdge(row: LensRow): GraphEdge {
  const verified = row.providerVerified === true;
  const status: EdgeStatus =
    row.pactSuccess === true
      ? 'compatible'
      : verified && (row.status === 'compatible' || row.status === 'incompatible')
        ? row.status
        : row.pactSuccess === false
          ? 'incompatible'
          : 'unknown';
  return { ...pairOf(row), specSha: verified ? row.specSha : null, status };
}

function pairOf(row: LensRow): Omit<GraphEdge, 'status'> {
  return {
    consumer: row.consumer,
    provider: row.provider,
    contractSha: row.contractSha,
    specSha: row.specSha,
    consumerVersion: row.consumerVersion,
    consumerBranch: row.consumerBranch,
    providerVersion: row.providerVersion,
  };
}

const severity: Record<EdgeStatus, number> = { compatible: 0, unknown: 1, incompatible: 2 };

/** Several versions of one side may run in an environment: the integration shows its worst pair (rows come grouped). */
export function worstPairs(edges: GraphEdge[]): GraphEdge[] {
  const byIntegration = new Map<string, GraphEdge>();
  for (const edge of edges) {
    const key = `${edge.consumer}\u0000${edge.provider}`;
    const seen = byIntegration.get(key);
    if (seen === undefined || severity[edge.status] > severity[seen.status]) byIntegration.set(key, edge);
  }
  return [...byIntegration.values()];
}

/**
 * An integration's status by the matrix's and deploy guard's evidence rules: a successful Pact verification of
 * the newest contract's content counts as compatible; otherwise the comparison with the newest spec decides; a
 * failed Pact verification is incompatible; nothing else is known. A failed comparison says nothing.
 */
export function edgeStatus(row: Pick<IntegrationRow, 'status' | 'pactSuccess'>): EdgeStatus {
  if (row.pactSuccess === true) return 'compatible';
  if (row.status === 'compatible' || row.status === 'incompatible') return row.status;
  if (row.pactSuccess === false) return 'incompatible';
  return 'unknown';
}
