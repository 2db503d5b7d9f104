import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';
import { pairKeys } from './select-pair.js';

export const filterKeys = [
  'consumerBranch',
  'providerBranch',
  'environment',
  'status',
  'consumerVersion',
] as const;

/** The matrix filters, kept in the query string so a filtered matrix can be shared. */
export function MatrixFilters() {
  const { client } = useBroker();
  const { location, navigate } = useRouter();
  const environments = useQuery('environments', () => client.environments.list({ limit: 100 }));
  const value = (key: string) => location.search.get(key) ?? '';
  const set = (key: string, next: string) => {
    const search = new URLSearchParams(location.search);
    if (next) search.set(key, next);
    else search.delete(key);
    for (const key of ['contractSha', 'specSha', pairKeys.consumer, pairKeys.provider]) search.delete(key);
    navigate(hrefs.withQuery(location.path, Object.fromEntries(search)), { replace: true });
  };
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Matrix filters">
      <label>
        Consumer branch{' '}
        <input value={value('consumerBranch')} onChange={(e) => set('consumerBranch', e.target.value)} />
      </label>
      <label>
        Provider branch{' '}
        <input value={value('providerBranch')} onChange={(e) => set('providerBranch', e.target.value)} />
      </label>
      <label>
        Environment{' '}
        <select value={value('environment')} onChange={(e) => set('environment', e.target.value)}>
          <option value="">any</option>
          {(environments.data?.items ?? []).map((environment) => (
            <option key={environment.name} value={environment.name}>
              {environment.displayName || environment.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select value={value('status')} onChange={(e) => set('status', e.target.value)}>
          <option value="">any</option>
          <option value="compatible">compatible</option>
          <option value="incompatible">incompatible</option>
          <option value="unknown">unknown</option>
        </select>
      </label>
      {value('consumerVersion') && (
        <button type="button" onClick={() => set('consumerVersion', '')}>
          Show all consumer versions (now {value('consumerVersion')})
        </button>
      )}
    </form>
  );
}
