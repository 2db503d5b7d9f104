import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { When } from '../../components/when.js';

/** Where this version runs now (deployed or released), from the one where-does-it-run request. */
export function VersionEnvironments({ name, version }: { name: string; version: string }) {
  const { client } = useBroker();
  const query = useQuery(`deployed:${name}`, async () => (await client.deployments.ofService(name)).items);
  return (
    <section aria-labelledby="version-environments-heading">
      <h2 id="version-environments-heading">Environments it is in</h2>
      <QueryView query={query} what="deployments">
        {(all) => {
          const rows = all.filter((row) => row.version === version);
          return rows.length === 0 ? (
            <Empty>
              {version} is not deployed or released anywhere
              {all.length > 0
                ? ` (${name} runs as ${[...new Set(all.map((r) => r.version))].join(', ')})`
                : ''}
              .
            </Empty>
          ) : (
            <Table
              testId="version-environments"
              items={rows}
              rowKey={(row) => row.id}
              columns={[
                { title: 'Environment', cell: (row) => row.environment },
                {
                  title: 'Kind',
                  cell: (row) =>
                    row.kind === 'release'
                      ? 'released'
                      : `deployed${row.applicationInstance ? ` (${row.applicationInstance})` : ''}`,
                },
                { title: 'Since', cell: (row) => <When at={row.createdAt} /> },
              ]}
            />
          );
        }}
      </QueryView>
    </section>
  );
}
