import { useEffect, useState } from 'react';
import { Link } from '../../router/link.js';
import { useRouter } from '../../router/use-router.js';
import { graphHref, type GraphView } from './graph-href.js';
import { GraphLegend } from './graph-legend.js';
import { GraphLensPicker } from './graph-lens-picker.js';
import { useDebounced } from './use-debounced.js';

/** How long typing must pause before the graph is filtered and laid out again. */
export const FILTER_DEBOUNCE_MS = 200;

/** The filter (typed instantly, applied once typing pauses), the lens, and the neighbourhood being shown. */
export function GraphToolbar({ view }: { view: Required<GraphView> }) {
  const { navigate } = useRouter();
  const [typed, setTyped] = useState(view.q);
  const settled = useDebounced(typed, FILTER_DEBOUNCE_MS);
  // The URL follows the typing once it settles, and typing follows the URL (back, forward, a shared link).
  useEffect(() => {
    if (settled !== view.q) navigate(graphHref({ ...view, q: settled }), { replace: true });
  }, [settled]);
  useEffect(() => setTyped(view.q), [view.q]);
  return (
    <div className="toolbar">
      <label>
        Filter by name{' '}
        <input
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          placeholder="e.g. cart"
        />
      </label>
      <GraphLensPicker
        environment={view.environment}
        onChange={(environment) => navigate(graphHref({ ...view, environment }), { replace: true })}
      />
      {view.around !== '' && (
        <p className="around" data-testid="graph-around">
          Around <strong>{view.around}</strong> (its consumers and providers) ·{' '}
          <Link href={graphHref({ ...view, around: '' })} replace>
            show every service
          </Link>
        </p>
      )}
      <GraphLegend />
    </div>
  );
}
