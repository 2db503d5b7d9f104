import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { VersionCompatibility } from './version-compatibility.js';
import { VersionEnvironments } from './version-environments.js';
import { VersionGuards } from './version-guards.js';
import { VersionVerifications } from './version-verifications.js';
import './version.css';

/**
 * One version of a service: whether (and how) it was verified as a provider, its compatibility per integration
 * in both directions, the environments it runs in, and the deploy guard's answer for each environment.
 */
export function VersionPage({ name, version }: { name: string; version: string }) {
  const { client } = useBroker();
  const found = useQuery(`version:${name}:${version}`, () => client.versions.get(name, version));
  return (
    <>
      <PageTitle title={`${name} ${version}`}>
        <Link href={hrefs.service(name)}>{name}</Link> <code>{version}</code>
      </PageTitle>
      <QueryView query={found} what="the version">
        {(v) => (
          <>
            <p className="muted" data-testid="version-facts">
              Branch {v.branch ?? 'none'}
              {v.tags.length > 0 && <> · tags {v.tags.join(', ')}</>} · created <When at={v.createdAt} />
              {v.buildUrl !== null && (
                <>
                  {' '}
                  · <a href={v.buildUrl}>build</a>
                </>
              )}
            </p>
            <VersionVerifications name={name} version={version} />
            <VersionCompatibility name={name} version={version} />
            <VersionEnvironments name={name} version={version} />
            <VersionGuards name={name} version={version} />
          </>
        )}
      </QueryView>
    </>
  );
}
