import { useBroker } from '../../api/use-broker.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { NoMatch } from '../../components/no-match.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { useRouter } from '../../router/use-router.js';
import { usePages } from '../../api/use-pages.js';
import { VerificationMark } from '../version/verification-mark.js';
import '../version/version.css';

const withoutBranch = (search: URLSearchParams) =>
  Object.fromEntries([...search].filter(([key]) => key !== 'branch'));

/** The service's versions, newest first, with branch and tags; `?branch=` filters. */
export function ServiceVersions({ name }: { name: string }) {
  const { client } = useBroker();
  const { location, navigate } = useRouter();
  const branch = location.search.get('branch') ?? '';
  const pages = usePages(
    `versions:${name}:${branch}`,
    // The version list with each version's newest verifications: the same pages, one request each.
    (cursor) => client.verifications.summaries(name, { cursor, limit: 50, branch: branch || undefined }),
    (item) => item.version.number,
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
            branch ? (
              <NoMatch clearHref={hrefs.withQuery(location.path, withoutBranch(location.search))}>
                No version of {name} is on branch {branch}.
              </NoMatch>
            ) : (
              <Empty>No versions yet.</Empty>
            )
          ) : (
            <Table
              testId="service-versions"
              items={items}
              rowKey={({ version }) => version.number}
              columns={[
                {
                  title: 'Version',
                  cell: ({ version }) => (
                    <Link href={hrefs.version(name, version.number)}>
                      <code>{version.number}</code>
                    </Link>
                  ),
                },
                {
                  title: 'Branch',
                  cell: ({ version }) => version.branch ?? <span className="muted">—</span>,
                },
                {
                  title: 'Tags',
                  cell: ({ version }) =>
                    version.tags.map((tag) => (
                      <span key={tag} className="tag">
                        {tag}
                      </span>
                    )),
                },
                { title: 'Created', cell: ({ version }) => <When at={version.createdAt} /> },
                {
                  title: 'Verified',
                  cell: ({ spec, pact }) => (
                    <>
                      <VerificationMark
                        what="spec"
                        mark={spec && { success: spec.success, at: spec.createdAt }}
                      />
                      {pact !== null && (
                        <>
                          {' '}
                          <VerificationMark
                            what="pact"
                            mark={{ success: pact.success, at: pact.createdAt }}
                          />
                        </>
                      )}
                    </>
                  ),
                },
                {
                  title: 'Deploy guard',
                  hideTitle: true,
                  cell: ({ version }) => (
                    <Link href={hrefs.deployGuard({ service: name, version: version.number })}>
                      Can I deploy?
                    </Link>
                  ),
                },
              ]}
            />
          )
        }
      </QueryView>
      {pages.nextCursor !== null && pages.status !== 'loading' && (
        <LoadMore onMore={pages.more} busy={pages.busy} />
      )}
    </section>
  );
}
