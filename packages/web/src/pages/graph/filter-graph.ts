import type { ServiceGraph } from '@signet/client';

export type ShownGraph = ServiceGraph & { matches: Set<string> };

/**
 * The part of the graph to draw. `around`: that service and its direct consumers and providers. Then the name
 * filter: services whose name contains the text (case-insensitive), and every integration touching them with
 * its other end, so a match is seen with its neighbours. `matches` are highlighted.
 */
export function filterGraph(graph: ServiceGraph, text: string, around = ''): ShownGraph {
  const base = around === '' ? graph : neighbourhood(graph, around);
  const needle = text.trim().toLowerCase();
  if (needle === '') return { ...base, matches: new Set(around === '' ? [] : [around]) };
  const matches = new Set(
    base.services.filter((s) => s.name.toLowerCase().includes(needle)).map((s) => s.name),
  );
  const integrations = base.integrations.filter((i) => matches.has(i.consumer) || matches.has(i.provider));
  const shown = new Set(matches);
  for (const integration of integrations) {
    shown.add(integration.consumer);
    shown.add(integration.provider);
  }
  return {
    ...base,
    services: base.services.filter((s) => shown.has(s.name)),
    integrations,
    featureBranches: base.featureBranches.filter((i) => shown.has(i.consumer) && shown.has(i.provider)),
    matches,
  };
}

/** A service, the services it calls and those calling it, and the integrations among them that touch it. */
export function neighbourhood(graph: ServiceGraph, name: string): ServiceGraph {
  const touches = (i: { consumer: string; provider: string }) => i.consumer === name || i.provider === name;
  const integrations = graph.integrations.filter(touches);
  const featureBranches = graph.featureBranches.filter(touches);
  const shown = new Set([name]);
  for (const i of [...integrations, ...featureBranches]) {
    shown.add(i.consumer);
    shown.add(i.provider);
  }
  return {
    ...graph,
    services: graph.services.filter((s) => shown.has(s.name)),
    integrations,
    featureBranches,
  };
}
