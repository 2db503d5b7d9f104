import type { ServiceGraph } from '@signet/client';
import { Background, Controls, MarkerType, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';
import { nodeSize } from './layout-graph.js';
import type { Positions } from './layout-types.js';
import { statusColour } from './status-colour.js';

/** The drawn graph: pan and zoom, click a service or an integration to open it. */
export function GraphCanvas({
  graph,
  positions,
  matches,
}: {
  graph: ServiceGraph;
  positions: Positions;
  matches: Set<string>;
}) {
  const { navigate } = useRouter();
  const nodes = useMemo<Node[]>(
    () =>
      graph.services.map((service) => ({
        id: service.name,
        position: positions.get(service.name) ?? { x: 0, y: 0 },
        data: { label: service.name },
        className: matches.has(service.name) ? 'graph-node graph-node-match' : 'graph-node',
        style: { width: nodeSize(service.name).width },
        sourcePosition: Position.Right,
        targetPosition: Position.Left,
        ariaLabel: `service ${service.name}`,
        draggable: false,
        connectable: false,
      })),
    [graph, positions, matches],
  );
  const edges = useMemo<Edge[]>(
    () =>
      graph.integrations.map((integration) => {
        const colour = statusColour[integration.status] ?? statusColour['unknown']!;
        return {
          id: `${integration.consumer}\u2192${integration.provider}`,
          source: integration.consumer,
          target: integration.provider,
          className: `graph-edge edge-${integration.status}`,
          style: { stroke: colour, strokeWidth: 2 },
          markerEnd: { type: MarkerType.ArrowClosed, color: colour },
          ariaLabel: `${integration.consumer} → ${integration.provider}: ${integration.status}`,
        };
      }),
    [graph],
  );
  return (
    <div className="graph-canvas" data-testid="graph-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        minZoom={0.05}
        nodesConnectable={false}
        nodesDraggable={false}
        onlyRenderVisibleElements={nodes.length > 100}
        onNodeClick={(_, node) => navigate(hrefs.service(node.id))}
        onEdgeClick={(_, edge) => navigate(hrefs.integration(edge.source, edge.target))}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
