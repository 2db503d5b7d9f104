import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { EnvironmentSection } from './environment-section.js';

/** Every environment with what runs in it now. */
export function EnvironmentsPage() {
  const { client } = useBroker();
  const query = useQuery('environments', () => client.environments.list({ limit: 100 }));
  return (
    <>
      <PageTitle title="Environments" />
      <QueryView query={query} what="environments">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              No environments yet. Create one with{' '}
              <code>signet environment create production --production</code>.
            </Empty>
          ) : (
            page.items.map((environment) => (
              <EnvironmentSection key={environment.name} environment={environment} />
            ))
          )
        }
      </QueryView>
    </>
  );
}
