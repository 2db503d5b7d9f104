import type { ServiceGraph } from '@signet/client';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { useRouter } from '../../router/use-router.js';
import { filterGraph, type ShownGraph } from './filter-graph.js';
import { readGraphView, type GraphView } from './graph-href.js';
import { GraphLists } from './graph-lists.js';
import { GraphToolbar } from './graph-toolbar.js';
import { layoutGraph, nodeSize } from './layout-graph.js';
import type { Positions } from './layout-types.js';
import './graph.css';

// @xyflow/react is loaded while the graph is fetched, and other pages never wait for it.
const GraphCanvas = lazy(() => import('./graph-canvas.js').then((m) => ({ default: m.GraphCanvas })));

/**
 * Home: every service and integration, coloured through a lens (`?environment=`, else main branches); filter by
 * name (`?q=`), a neighbourhood (`?around=`), click through.
 */
export function GraphPage() {
  const { client } = useBroker();
  const { location } = useRouter();
  const view = readGraphView(location.search);
  const environment = view.environment || undefined;
  const query = useQuery(`graph:${view.environment}`, () => client.graph.get({ environment }));
  // Start loading the drawing code while the graph is fetched and laid out.
  useEffect(() => void import('./graph-canvas.js'), []);
  return (
    <>
      <PageTitle title="Services" />
      <GraphToolbar view={view} />
      <QueryView query={query} what="the service graph">
        {(graph) =>
          graph.services.length === 0 ? (
            <Empty>
              No services yet. Publish a spec (<code>signet publish spec</code>) or a contract (
              <code>signet publish contract</code>) and they appear here.
            </Empty>
          ) : (
            <FilteredGraph graph={graph} view={view} />
          )
        }
      </QueryView>
    </>
  );
}

function FilteredGraph({ graph, view }: { graph: ServiceGraph; view: Required<GraphView> }) {
  const shown = useMemo(() => filterGraph(graph, view.q, view.around), [graph, view.q, view.around]);
  const [layout, setLayout] = useState<{ for: ShownGraph; positions: Positions; selection: string }>();
  // What is chosen (not the data: a live refresh keeps the reader's pan and zoom).
  const selection = `${view.environment}\u0000${view.q}\u0000${view.around}`;
  useEffect(() => {
    let cancelled = false;
    const nodes = shown.services.map((service) => ({ id: service.name, ...nodeSize(service.name) }));
    const edges = shown.integrations.map((i) => ({ source: i.consumer, target: i.provider }));
    void layoutGraph(nodes, edges).then((positions) => {
      if (!cancelled) setLayout({ for: shown, positions, selection });
    });
    return () => {
      cancelled = true;
    };
  }, [shown]);
  return (
    <>
      <p className="muted lens-line" data-testid="graph-lens-line">
        {view.environment === ''
          ? 'Each integration: the consumer’s newest main-branch contract against the provider’s newest main-branch spec.'
          : `Each integration: the consumer and provider versions running in ${view.environment} (the worst pair when several run).`}
      </p>
      {layout === undefined ? (
        <Loading what="Laying out the graph" />
      ) : (
        <Suspense fallback={<Loading what="Drawing the graph" />}>
          {/* A new selection is drawn afresh, so the view fits what is shown (never tiny or off-screen). */}
          <GraphCanvas
            key={layout.selection}
            graph={layout.for}
            positions={layout.positions}
            matches={layout.for.matches}
          />
        </Suspense>
      )}
      <GraphLists graph={shown} view={view} />
    </>
  );
}
