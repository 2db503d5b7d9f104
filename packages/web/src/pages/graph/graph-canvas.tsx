import type { ServiceGraph } from '@signet/client';
import { Background, Controls, MarkerType, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, type KeyboardEvent } from 'react';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';
import { nodeSize } from './layout-graph.js';
import type { Positions } from './layout-types.js';
import { statusColour } from './status-colour.js';

/**
 * A node's size and handles as the layout knows them: React Flow then draws nodes and edges (and fits the view)
 * on its first render, instead of hiding them until it has measured every node (seconds at 300 services).
 */
function knownBox(name: string): Pick<Node, 'width' | 'height' | 'handles'> {
  const { width, height } = nodeSize(name);
  return {
    width,
    height,
    handles: [
      { type: 'source', position: Position.Right, x: width, y: height / 2, width: 1, height: 1 },
      { type: 'target', position: Position.Left, x: 0, y: height / 2, width: 1, height: 1 },
    ],
  };
}

/**
 * What a screen reader says for a service node: its name and how many integrations it has (and how many are
 * incompatible), e.g. "service inventory_service, 2 integrations, 1 incompatible".
 */
export function serviceNodeName(service: string, integrations: ServiceGraph['integrations']): string {
  const own = integrations.filter((i) => i.consumer === service || i.provider === service);
  const incompatible = own.filter((i) => i.status === 'incompatible').length;
  const count = `${own.length} integration${own.length === 1 ? '' : 's'}`;
  return `service ${service}, ${count}${incompatible > 0 ? `, ${incompatible} incompatible` : ''}`;
}

/** Read out after a node's name (replaces React Flow's "press enter to select", as nothing is selected here). */
const ariaLabelConfig = {
  'node.a11yDescription.default': 'Press Enter or Space to open the service.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter or Space to open the service.',
};

/**
 * The drawn graph: pan and zoom, click a service or an integration to open it. Service nodes are in the tab
 * order (in the graph's order) with a focus ring, and Enter or Space opens the service; integrations are
 * reached by keyboard through the list below the graph, so edges are not tab stops.
 */
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
        ...knownBox(service.name),
        sourcePosition: Position.Right,
        targetPosition: Position.Left,
        ariaLabel: serviceNodeName(service.name, graph.integrations),
        ariaRole: 'link' as const,
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
  // React Flow's own key handling only selects; a focused node opens its service instead.
  const openFocusedNode = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target as HTMLElement;
    const id = target.classList.contains('react-flow__node') ? target.dataset['id'] : undefined;
    if (id === undefined) return;
    event.preventDefault();
    navigate(hrefs.service(id));
  };
  return (
    <div className="graph-canvas" data-testid="graph-canvas" onKeyDown={openFocusedNode}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        minZoom={0.05}
        nodesConnectable={false}
        nodesDraggable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        ariaLabelConfig={ariaLabelConfig}
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
