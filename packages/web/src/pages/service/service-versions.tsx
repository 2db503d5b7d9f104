import { useBroker } from '../../api/use-broker.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { QueryView } from '../../components/query-view.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { useRouter } from '../../router/use-router.js';
import { usePages } from '../../api/use-pages.js';

/** The service's versions, newest first, with branch and tags; `?branch=` filters. */
export function ServiceVersions({ name }: { name: string }) {
  const { client } = useBroker();
  const { location, navigate } = useRouter();
  const branch = location.search.get('branch') ?? '';
  const pages = usePages(
    `versions:${name}:${branch}`,
    (cursor) => client.versions.list(name, { cursor, limit: 50, branch: branch || undefined }),
    (version) => version.number,
  );
  const setBranch = (value: string) => {
    const search = new URLSearchParams(location.search);
    if (value) search.set('branch', value);
    else search.delete('branch');
    navigate(hrefs.withQuery(location.path, Object.fromEntries(search)), { replace: true });
  };
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <label>
        Branch <input value={branch} onChange={(e) => setBranch(e.target.value)} placeholder="any branch" />
      </label>
      <QueryView query={pages.query} what="versions">
        {(items) =>
          items.length === 0 ? (
            <Empty>No versions{branch ? ` on branch ${branch}` : ''}.</Empty>
          ) : (
            <table data-testid="service-versions">
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Branch</th>
                  <th scope="col">Tags</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="visually-hidden">Deploy guard</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((version) => (
                  <tr key={version.number}>
                    <td>
                      <code>{version.number}</code>
                    </td>
                    <td>{version.branch ?? <span className="muted">—</span>}</td>
                    <td>
                      {version.tags.map((tag) => (
                        <span key={tag} className="tag">
                          {tag}
                        </span>
                      ))}
                    </td>
                    <td>
                      <When at={version.createdAt} />
                    </td>
                    <td>
                      <Link href={hrefs.deployGuard({ service: name, version: version.number })}>
                        Can I deploy?
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      {pages.nextCursor !== null && pages.status !== 'loading' && (
        <LoadMore onMore={pages.more} busy={pages.busy} />
      )}
    </section>
  );
}
