import type { Store } from '../store/index.js';
import type { IntegrationRow } from './integration-store.js';

export type EdgeStatus = 'compatible' | 'incompatible' | 'unknown';

/** The service graph: every service, and every integration coloured by its newest contract vs newest spec. */
export interface ServiceGraph {
  services: Array<{ name: string }>;
  integrations: Array<{
    consumer: string;
    provider: string;
    status: EdgeStatus;
    contractSha: string;
    specSha: string | null;
  }>;
}

/**
 * Builds the graph the UI's home page draws. One document rather than a paginated list: the UI lays out the
 * whole graph at once, and 300 services with 1,500 integrations is a small payload.
 */
export async function serviceGraph(store: Store): Promise<ServiceGraph> {
  const services: Array<{ name: string }> = [];
  let cursor: string | undefined;
  do {
    const page = await store.services.list({ limit: 100, cursor });
    services.push(...page.items.map((service) => ({ name: service.name })));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  const integrations = (await store.integrations.latest()).map((row) => ({
    consumer: row.consumer,
    provider: row.provider,
    status: edgeStatus(row),
    contractSha: row.contractSha,
    specSha: row.specSha,
  }));
  return { services, integrations };
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
