import type { ServiceGraph } from '@signet/client';

/**
 * The part of the graph a name filter selects: services whose name contains the text (case-insensitive), and
 * every integration touching them with its other end, so a match is seen with its neighbours.
 */
export function filterGraph(graph: ServiceGraph, text: string): ServiceGraph & { matches: Set<string> } {
  const needle = text.trim().toLowerCase();
  if (needle === '') return { ...graph, matches: new Set() };
  const matches = new Set(
    graph.services.filter((s) => s.name.toLowerCase().includes(needle)).map((s) => s.name),
  );
  const integrations = graph.integrations.filter((i) => matches.has(i.consumer) || matches.has(i.provider));
  const shown = new Set(matches);
  for (const integration of integrations) {
    shown.add(integration.consumer);
    shown.add(integration.provider);
  }
  return { services: graph.services.filter((s) => shown.has(s.name)), integrations, matches };
}
