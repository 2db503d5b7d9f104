import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutEdge, LayoutNode, Positions } from './layout-types.js';

let elk: InstanceType<typeof ELK> | undefined;

/** ELK's layered layout, consumers left of their providers: the best picture, for graphs of moderate size. */
export async function elkLayout(nodes: LayoutNode[], edges: LayoutEdge[]): Promise<Positions> {
  elk ??= new ELK();
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'POLYLINE',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
    },
    children: nodes.map((node) => ({ id: node.id, width: node.width, height: node.height })),
    edges: edges.map((edge, i) => ({ id: `e${i}`, sources: [edge.source], targets: [edge.target] })),
  });
  const positions: Positions = new Map();
  for (const child of result.children ?? []) positions.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  return positions;
}
