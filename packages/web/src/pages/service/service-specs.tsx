import { useBroker } from '../../api/use-broker.js';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { QueryView } from '../../components/query-view.js';
import { ShortSha } from '../../components/short-sha.js';
import { Table } from '../../components/table.js';
import { When } from '../../components/when.js';

/** The provider specs the service published, newest first, each with its kind (a version may have both). */
export function ServiceSpecs({ name }: { name: string }) {
  const { client } = useBroker();
  const pages = usePages(
    `specs:${name}`,
    (cursor) => client.specs.list(name, { cursor, limit: 20 }),
    (s) => s.id,
  );
  return (
    <section aria-labelledby="specs-heading">
      <h2 id="specs-heading">Specs</h2>
      <QueryView query={pages.query} what="specs">
        {(items) =>
          items.length === 0 ? (
            <Empty>{name} has not published a provider spec.</Empty>
          ) : (
            <Table
              testId="service-specs"
              items={items}
              rowKey={(spec) => spec.id}
              columns={[
                {
                  title: 'Version',
                  cell: (spec) =>
                    spec.version === null ? (
                      <span className="muted">unversioned</span>
                    ) : (
                      <code>{spec.version}</code>
                    ),
                },
                {
                  title: 'Kind',
                  cell: (spec) => (spec.kind === 'asyncapi' ? 'AsyncAPI (messages)' : 'OpenAPI (HTTP)'),
                },
                { title: 'Content', cell: (spec) => <ShortSha sha={spec.contentSha} /> },
                { title: 'Published', cell: (spec) => <When at={spec.createdAt} /> },
              ]}
            />
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </section>
  );
}
