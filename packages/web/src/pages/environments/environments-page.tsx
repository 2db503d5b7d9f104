import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';
import { EnvironmentCompare } from './environment-compare.js';
import { EnvironmentSection } from './environment-section.js';

/**
 * Every environment with what runs in it now (`?q=` filters by service name, `?environment=` shows one), its
 * deployment history, and two environments side by side (`?compare=A&with=B`).
 */
export function EnvironmentsPage() {
  const { client } = useBroker();
  const { location, navigate } = useRouter();
  const param = (name: string) => location.search.get(name) ?? '';
  const [filter, only, compare, withOther] = [
    param('q'),
    param('environment'),
    param('compare'),
    param('with'),
  ];
  const go = (change: Record<string, string>) =>
    navigate(
      hrefs.withQuery(hrefs.environments(), {
        q: filter,
        environment: only,
        compare,
        with: withOther,
        ...change,
      }),
      { replace: true },
    );
  const query = useQuery('environments', () => client.environments.list({ limit: 100 }));
  return (
    <>
      <PageTitle title="Environments" />
      <QueryView query={query} what="environments">
        {(page) => {
          if (page.items.length === 0)
            return (
              <Empty>
                No environments yet. Create one with{' '}
                <code>signet environment create production --production</code>.
              </Empty>
            );
          const options = page.items.map((environment) => (
            <option key={environment.name} value={environment.name}>
              {environment.displayName || environment.name}
            </option>
          ));
          const shown = page.items.filter((environment) => only === '' || environment.name === only);
          return (
            <>
              <form className="filters" aria-label="Environment filters" onSubmit={(e) => e.preventDefault()}>
                <label>
                  Service{' '}
                  <input
                    type="search"
                    value={filter}
                    placeholder="e.g. cart"
                    onChange={(e) => go({ q: e.target.value })}
                  />
                </label>
                <label>
                  Show{' '}
                  <select value={only} onChange={(e) => go({ environment: e.target.value })}>
                    <option value="">every environment</option>
                    {options}
                  </select>
                </label>
                <label>
                  Compare{' '}
                  <select value={compare} onChange={(e) => go({ compare: e.target.value })}>
                    <option value="">choose…</option>
                    {options}
                  </select>
                </label>
                <label>
                  with{' '}
                  <select value={withOther} onChange={(e) => go({ with: e.target.value })}>
                    <option value="">choose…</option>
                    {options}
                  </select>
                </label>
              </form>
              {compare !== '' && withOther !== '' && compare !== withOther && (
                <EnvironmentCompare left={compare} right={withOther} />
              )}
              {shown.length === 0 ? (
                <Empty>No environment is named {only}.</Empty>
              ) : (
                shown.map((environment) => (
                  <EnvironmentSection
                    key={environment.name}
                    environment={environment}
                    filter={filter}
                    clearHref={hrefs.withQuery(hrefs.environments(), {
                      environment: only,
                      compare,
                      with: withOther,
                    })}
                  />
                ))
              )}
              {page.nextCursor !== null && <p className="muted">The first 100 environments are shown.</p>}
            </>
          );
        }}
      </QueryView>
    </>
  );
}
