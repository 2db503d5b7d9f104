import type { GraphEdge, ServiceGraph } from '@signet/client';
import { Empty } from '../../components/empty.js';
import { NoMatch } from '../../components/no-match.js';
import { RelativeTime } from '../../components/relative-time.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { graphHref, type GraphView } from './graph-href.js';
import { usePager } from './pager.js';

/** The graph as lists, a page at a time: the keyboard and screen-reader way in, and a quick scan of every status. */
export function GraphLists({ graph, view }: { graph: ServiceGraph; view: Required<GraphView> }) {
  return (
    <div className="graph-lists">
      <ServiceList graph={graph} view={view} />
      <section aria-labelledby="integrations-heading">
        <h2 id="integrations-heading">Integrations ({graph.integrations.length})</h2>
        {graph.integrations.length === 0 && (view.q !== '' || view.around !== '') ? (
          <NoMatch clearHref={graphHref({ environment: view.environment || undefined })}>
            No integration has a service{' '}
            {view.around !== '' ? `next to ${view.around}` : `named like “${view.q}”`}
            {view.environment !== '' && ` running in ${view.environment}`}.
          </NoMatch>
        ) : graph.integrations.length === 0 ? (
          <Empty>
            {view.environment === ''
              ? 'No integrations yet: they appear when a consumer publishes a contract.'
              : `No consumer version running in ${view.environment} has a contract here.`}
          </Empty>
        ) : (
          <EdgeTable
            edges={graph.integrations}
            testId="integration-row"
            label="Integrations"
            linkPair={view.environment !== ''}
          />
        )}
      </section>
      {graph.featureBranches.length > 0 && (
        <section aria-labelledby="feature-heading">
          <h2 id="feature-heading">Newer on feature branches ({graph.featureBranches.length})</h2>
          <p className="muted">
            These consumers’ newest contracts come from another branch than their main one. They do not colour
            the graph; here is how each fares against the provider’s main-branch spec.
          </p>
          <EdgeTable
            edges={graph.featureBranches}
            testId="feature-branch-row"
            label="Feature-branch results"
            linkPair={false}
          />
        </section>
      )}
    </div>
  );
}

function ServiceList({ graph, view }: { graph: ServiceGraph; view: Required<GraphView> }) {
  const pager = usePager(graph.services);
  return (
    <section aria-labelledby="services-heading">
      <h2 id="services-heading">Services ({graph.services.length})</h2>
      {graph.services.length === 0 ? (
        <NoMatch clearHref={graphHref({ environment: view.environment || undefined })}>
          {view.q !== ''
            ? `No service name contains “${view.q}”${view.around !== '' ? ` next to ${view.around}` : ''}.`
            : `No service is named ${view.around}.`}
        </NoMatch>
      ) : (
        <>
          <Table
            className="graph-services"
            label="Services"
            items={pager.items}
            rowKey={(s) => s.name}
            rowData={() => ({ 'data-testid': 'service-row' })}
            columns={[
              { title: 'Service', cell: (s) => <Link href={hrefs.service(s.name)}>{s.name}</Link> },
              { title: 'Last published', cell: (s) => <RelativeTime at={s.lastPublishedAt} /> },
              { title: 'Last verified', cell: (s) => <RelativeTime at={s.lastVerifiedAt} /> },
              {
                title: 'Neighbourhood',
                hideTitle: true,
                cell: (s) =>
                  s.name === view.around ? (
                    <span className="muted">shown</span>
                  ) : (
                    <Link href={graphHref({ ...view, around: s.name })} aria-label={`Show around ${s.name}`}>
                      around
                    </Link>
                  ),
              },
            ]}
          />
          {pager.controls}
        </>
      )}
    </section>
  );
}

const pairText = (version: string | null, fallback: string) => version ?? fallback;

/** `linkPair`: the status opens the integration at the pair judged (an environment's deployed pair is in its matrix). */
function EdgeTable({
  edges,
  testId,
  label,
  linkPair,
}: {
  edges: GraphEdge[];
  testId: string;
  label: string;
  linkPair: boolean;
}) {
  const pager = usePager(edges);
  return (
    <>
      <Table
        className="integrations"
        label={label}
        items={pager.items}
        rowKey={(i) => `${i.consumer}\u0000${i.provider}`}
        rowData={(i) => ({ 'data-testid': testId, 'data-status': i.status })}
        columns={[
          {
            title: 'Consumer',
            cell: (i) => (
              <>
                <Link href={hrefs.service(i.consumer)}>{i.consumer}</Link>{' '}
                <code className="muted">{pairText(i.consumerVersion, '')}</code>
                {i.consumerBranch !== null && <span className="muted"> ({i.consumerBranch})</span>}
              </>
            ),
          },
          {
            title: 'Provider',
            cell: (i) => (
              <>
                <Link href={hrefs.service(i.provider)}>{i.provider}</Link>{' '}
                <code className="muted">
                  {pairText(i.providerVersion, i.specSha === null ? 'no spec' : '')}
                </code>
              </>
            ),
          },
          {
            title: 'Status',
            cell: (i) => (
              <Link
                href={hrefs.integration(
                  i.consumer,
                  i.provider,
                  linkPair
                    ? {
                        pairConsumerVersion: i.consumerVersion ?? undefined,
                        pairProviderVersion: i.providerVersion ?? undefined,
                      }
                    : {},
                )}
              >
                <StatusBadge status={i.status} />
                <span className="visually-hidden">
                  {' '}
                  {i.consumer} → {i.provider}
                </span>
              </Link>
            ),
          },
        ]}
      />
      {pager.controls}
    </>
  );
}
