import type { DeployGuardAnswer } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { DeployedVersionText } from '../../components/deployed-version-text.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

type Reason = DeployGuardAnswer['reasons'][number];

/** The reasons about the pair of the candidate with `service` (as its consumer or its provider). */
function reasonsWith(answer: DeployGuardAnswer, service: string): Reason[] {
  return answer.reasons.filter(
    (reason) =>
      'integration' in reason &&
      (reason.integration.consumer.service === service || reason.integration.provider.service === service) &&
      service !== answer.service,
  );
}

/** What runs in the target environment now, and how the candidate gets on with each of them. */
export function EnvironmentApps({ answer }: { answer: DeployGuardAnswer }) {
  const { client } = useBroker();
  const query = useQuery(`deployed-in:${answer.environment}`, () =>
    client.deployments.list(answer.environment, { current: true, limit: 100 }),
  );
  return (
    <section aria-labelledby="apps-heading">
      <h2 id="apps-heading">Running in {answer.environment}</h2>
      <QueryView query={query} what={`what runs in ${answer.environment}`}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>Nothing is recorded as running in {answer.environment}.</Empty>
          ) : (
            <Table
              testId="environment-apps"
              items={page.items}
              rowKey={(row) => row.id}
              columns={[
                {
                  title: 'Service',
                  cell: (row) => <Link href={hrefs.service(row.service)}>{row.service}</Link>,
                },
                { title: 'Version', cell: (row) => <DeployedVersionText row={row} /> },
                {
                  title: `With ${answer.version}`,
                  cell: (row) => {
                    if (row.service === answer.service)
                      return <span className="muted">the version it would replace</span>;
                    const reasons = reasonsWith(answer, row.service);
                    if (reasons.length === 0) return <span className="muted">no integration</span>;
                    return reasons.map((reason, i) => (
                      <span key={i} className="pair-status">
                        <StatusBadge status={reason.effect} /> {reason.kind.replace(/-/g, ' ')}
                        {'integration' in reason &&
                          (reason.integration.consumer.service === answer.service
                            ? ' (it calls)'
                            : ' (calls it)')}
                      </span>
                    ));
                  },
                },
              ]}
            />
          )
        }
      </QueryView>
    </section>
  );
}
