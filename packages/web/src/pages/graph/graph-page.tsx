import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';
import { filterGraph } from './filter-graph.js';
import { GraphLegend } from './graph-legend.js';
import { GraphLists } from './graph-lists.js';
import { layoutGraph, nodeSize } from './layout-graph.js';
import type { Positions } from './layout-types.js';

// @xyflow/react is loaded while the graph is fetched, and other pages never wait for it.
const GraphCanvas = lazy(() => import('./graph-canvas.js').then((m) => ({ default: m.GraphCanvas })));

/** Home: every service and integration, coloured by status; filter by name (`?q=`), click through. */
export function GraphPage() {
  const { client } = useBroker();
  const { location, navigate } = useRouter();
  const filter = location.search.get('q') ?? '';
  const query = useQuery('graph', () => client.graph.get());
  // Start loading the drawing code while the graph is fetched and laid out.
  useEffect(() => void import('./graph-canvas.js'), []);
  return (
    <>
      <PageTitle title="Services" />
      <div className="toolbar">
        <label>
          Filter by name{' '}
          <input
            type="search"
            value={filter}
            onChange={(event) => navigate(hrefs.graph(event.target.value), { replace: true })}
            placeholder="e.g. cart"
          />
        </label>
        <GraphLegend />
      </div>
      <QueryView query={query} what="the service graph">
        {(graph) =>
          graph.services.length === 0 ? (
            <Empty>
              No services yet. Publish a spec (<code>signet publish spec</code>) or a contract (
              <code>signet publish contract</code>) and they appear here.
            </Empty>
          ) : (
            <FilteredGraph graph={graph} filter={filter} />
          )
        }
      </QueryView>
    </>
  );
}

function FilteredGraph({ graph, filter }: { graph: Parameters<typeof filterGraph>[0]; filter: string }) {
  const shown = useMemo(() => filterGraph(graph, filter), [graph, filter]);
  const [layout, setLayout] = useState<{ for: typeof shown; positions: Positions }>();
  useEffect(() => {
    let cancelled = false;
    const nodes = shown.services.map((service) => ({ id: service.name, ...nodeSize(service.name) }));
    const edges = shown.integrations.map((i) => ({ source: i.consumer, target: i.provider }));
    void layoutGraph(nodes, edges).then((positions) => {
      if (!cancelled) setLayout({ for: shown, positions });
    });
    return () => {
      cancelled = true;
    };
  }, [shown]);
  return (
    <>
      {layout === undefined ? (
        <Loading what="Laying out the graph" />
      ) : (
        <Suspense fallback={<Loading what="Drawing the graph" />}>
          <GraphCanvas graph={layout.for} positions={layout.positions} matches={layout.for.matches} />
        </Suspense>
      )}
      <GraphLists graph={shown} />
    </>
  );
}
