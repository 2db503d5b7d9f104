import type { DeployedVersion } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { DeployedVersionLink } from './deployed-version-link.js';

interface Row {
  service: string;
  left: DeployedVersion[];
  right: DeployedVersion[];
}

const versionsOf = (rows: DeployedVersion[]) =>
  rows
    .map((row) => row.version)
    .sort()
    .join(',');

/** What runs in `left` and in `right`, service by service, differences first. */
export function EnvironmentCompare({ left, right }: { left: string; right: string }) {
  const { client } = useBroker();
  const query = useQuery(`compare:${left}:${right}`, async () => {
    const [a, b] = await Promise.all([
      client.deployments.list(left, { current: true }),
      client.deployments.list(right, { current: true }),
    ]);
    const rows = new Map<string, Row>();
    const row = (service: string) =>
      rows.get(service) ?? rows.set(service, { service, left: [], right: [] }).get(service)!;
    for (const deployed of a.items) row(deployed.service).left.push(deployed);
    for (const deployed of b.items) row(deployed.service).right.push(deployed);
    const same = (r: Row) => versionsOf(r.left) === versionsOf(r.right);
    return [...rows.values()].sort(
      (x, y) => Number(same(x)) - Number(same(y)) || x.service.localeCompare(y.service),
    );
  });
  const side = (rows: DeployedVersion[]) =>
    rows.length === 0 ? (
      <span className="muted">not running</span>
    ) : (
      rows.map((row) => (
        <span key={row.id} className="pair-status">
          <DeployedVersionLink row={row} />
        </span>
      ))
    );
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">
        {left} compared with {right}
      </h2>
      <QueryView query={query} what="the comparison of environments">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>Nothing runs in either environment.</Empty>
          ) : (
            <Table
              testId="environment-compare"
              items={rows}
              rowKey={(row) => row.service}
              rowData={(row) => ({ 'data-same': String(versionsOf(row.left) === versionsOf(row.right)) })}
              columns={[
                {
                  title: 'Service',
                  cell: (row) => <Link href={hrefs.service(row.service)}>{row.service}</Link>,
                },
                { title: left, cell: (row) => side(row.left) },
                { title: right, cell: (row) => side(row.right) },
                {
                  title: 'Difference',
                  cell: (row) =>
                    versionsOf(row.left) === versionsOf(row.right) ? (
                      <span className="muted">same</span>
                    ) : row.left.length === 0 || row.right.length === 0 ? (
                      <strong>only in {row.left.length === 0 ? right : left}</strong>
                    ) : (
                      <strong>different versions</strong>
                    ),
                },
              ]}
            />
          )
        }
      </QueryView>
    </section>
  );
}
