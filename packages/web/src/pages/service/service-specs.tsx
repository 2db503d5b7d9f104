import { useBroker } from '../../api/use-broker.js';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { QueryView } from '../../components/query-view.js';
import { ShortSha } from '../../components/short-sha.js';
import { When } from '../../components/when.js';

/** The provider specs the service published, newest first. */
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
            <table data-testid="service-specs">
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Content</th>
                  <th scope="col">Published</th>
                </tr>
              </thead>
              <tbody>
                {items.map((spec) => (
                  <tr key={spec.id}>
                    <td>
                      {spec.version === null ? (
                        <span className="muted">unversioned</span>
                      ) : (
                        <code>{spec.version}</code>
                      )}
                    </td>
                    <td>
                      <ShortSha sha={spec.contentSha} />
                    </td>
                    <td>
                      <When at={spec.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </section>
  );
}
