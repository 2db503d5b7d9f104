import type { GraphEdge } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { QueryView } from '../../components/query-view.js';
import { StatusBadge } from '../../components/status-badge.js';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';
import { GraphLensPicker } from '../graph/graph-lens-picker.js';

/** The query key of the integration page's lens: an environment's name, or absent for the main branches. */
export const lensKey = 'lens';

/**
 * The integration's status as the home graph colours its edge, through the chosen lens (main branches' newest
 * contract × newest spec, or what runs in an environment), with a newer feature-branch contract listed apart.
 */
export function IntegrationLens({ consumer, provider }: { consumer: string; provider: string }) {
  const { client } = useBroker();
  const { location, navigate } = useRouter();
  const environment = location.search.get(lensKey) ?? '';
  const query = useQuery(`integration-lens:${consumer}:${provider}:${environment}`, () =>
    client.graph.get({ consumer, provider, ...(environment !== '' && { environment }) }),
  );
  const choose = (lens: string) =>
    navigate(hrefs.withQuery(location.path, { ...Object.fromEntries(location.search), [lensKey]: lens }), {
      replace: true,
    });
  return (
    <section className="integration-lens" aria-label="Status by lens" data-testid="integration-lens">
      <GraphLensPicker environment={environment} onChange={choose} />
      <QueryView query={query} what="the integration's status">
        {(graph) => (
          <>
            <p data-testid="lens-newest" data-status={graph.integrations[0]?.status ?? 'none'}>
              {environment === '' ? 'Newest contract on main branches: ' : `Running in ${environment}: `}
              {graph.integrations[0] === undefined ? (
                <span className="muted">
                  {environment === ''
                    ? 'no main-branch contract'
                    : `this integration does not run in ${environment}`}
                </span>
              ) : (
                <Pair edge={graph.integrations[0]} />
              )}
            </p>
            {graph.featureBranches.map((edge) => (
              <p
                key={edge.contractSha}
                data-testid="lens-feature"
                data-status={edge.status}
                className="muted"
              >
                Newer on branch <code>{edge.consumerBranch ?? '(none)'}</code>, not counted above:{' '}
                <Pair edge={edge} />
              </p>
            ))}
          </>
        )}
      </QueryView>
    </section>
  );
}

function Pair({ edge }: { edge: GraphEdge }) {
  return (
    <>
      {edge.consumer} <code>{edge.consumerVersion ?? '?'}</code> × {edge.provider}{' '}
      <code>{edge.providerVersion ?? (edge.specSha === null ? 'no spec' : 'unversioned spec')}</code>{' '}
      <StatusBadge status={edge.status} />
    </>
  );
}
