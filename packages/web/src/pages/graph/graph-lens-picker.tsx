import { allItems } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';

/** Which pair of each integration colours the graph: the main branches' newest (default) or an environment's. */
export function GraphLensPicker({
  environment,
  onChange,
}: {
  environment: string;
  onChange: (e: string) => void;
}) {
  const { client } = useBroker();
  const environments = useQuery(
    'graph-lens-environments',
    async () => {
      const names: string[] = [];
      for await (const e of allItems((cursor) => client.environments.list({ cursor, limit: 100 })))
        names.push(e.name);
      return names;
    },
    { live: false },
  );
  // A shared URL may name an environment not loaded (yet): keep it selectable.
  const names = [...new Set([...(environments.data ?? []), ...(environment ? [environment] : [])])];
  return (
    <label>
      Status by{' '}
      <select value={environment} onChange={(event) => onChange(event.target.value)} data-testid="graph-lens">
        <option value="">main branches (newest contract × newest spec)</option>
        {names.map((name) => (
          <option key={name} value={name}>
            what runs in {name}
          </option>
        ))}
      </select>
    </label>
  );
}
