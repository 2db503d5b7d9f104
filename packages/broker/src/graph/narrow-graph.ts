import type { GraphEdge, ServiceGraph } from './service-graph.js';

/** `consumer` and/or `provider`: only the integrations with them (and only the services those name). */
export interface GraphNarrowing {
  consumer?: string | undefined;
  provider?: string | undefined;
}

/** The graph cut down to what a page about one service or integration needs (the whole graph is ~0.5 MB at 300 services). */
export function narrowGraph(graph: ServiceGraph, { consumer, provider }: GraphNarrowing): ServiceGraph {
  if (consumer === undefined && provider === undefined) return graph;
  const kept = (edge: GraphEdge) =>
    (consumer === undefined || edge.consumer === consumer) &&
    (provider === undefined || edge.provider === provider);
  const integrations = graph.integrations.filter(kept);
  const featureBranches = graph.featureBranches.filter(kept);
  const named = new Set([consumer, provider].filter((name) => name !== undefined));
  for (const edge of [...integrations, ...featureBranches]) named.add(edge.consumer).add(edge.provider);
  return {
    ...graph,
    services: graph.services.filter((s) => named.has(s.name)),
    integrations,
    featureBranches,
  };
}
