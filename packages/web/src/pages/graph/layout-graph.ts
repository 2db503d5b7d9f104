import { fastLayout } from './fast-layout.js';
import type { LayoutEdge, LayoutNode, Positions } from './layout-types.js';

/** Above this size ELK's layered layout takes longer than a page should (measured: 0.2–0.3 s at 40 services and 120 integrations, 1.5–2.3 s at 80 and 240, 8 s at 300 and 1,500). */
export const ELK_MAX_NODES = 40;
export const ELK_MAX_EDGES = 120;

/** Positions for the service graph: ELK for graphs a person reads node by node, a fast layering beyond. */
export async function layoutGraph(nodes: LayoutNode[], edges: LayoutEdge[]): Promise<Positions> {
  if (nodes.length > ELK_MAX_NODES || edges.length > ELK_MAX_EDGES) return fastLayout(nodes, edges);
  // ELK is most of the bundle's weight: loaded only when a graph needs it.
  const { elkLayout } = await import('./elk-layout.js');
  return elkLayout(nodes, edges);
}

/** A node's box: wide enough for its name. */
export function nodeSize(name: string): { width: number; height: number } {
  return { width: Math.round(name.length * 7.4 + 32), height: 36 };
}
