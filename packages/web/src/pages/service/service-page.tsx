import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { ServiceContracts } from './service-contracts.js';
import { ServiceDeployments } from './service-deployments.js';
import { ServiceIntegrations } from './service-integrations.js';
import { ServiceSpecs } from './service-specs.js';
import { ServiceUsage } from './service-usage.js';
import { ServiceVersions } from './service-versions.js';

/** One service: its integrations, versions (branch, tags), where it runs, its contracts and specs. */
export function ServicePage({ name }: { name: string }) {
  const { client } = useBroker();
  const service = useQuery(`service:${name}`, () => client.services.get(name));
  return (
    <>
      <PageTitle title={name} />
      <QueryView query={service} what="the service">
        {(found) => (
          <>
            <p className="muted">
              Main branch: {found.mainBranch ?? 'not set'} ·{' '}
              <Link href={hrefs.timeline({ service: name })}>Timeline of {name}</Link> ·{' '}
              <Link href={hrefs.deployGuard({ service: name })}>Deploy guard</Link>
            </p>
            <ServiceIntegrations name={name} />
            <ServiceDeployments name={name} />
            <ServiceVersions name={name} />
            <ServiceContracts name={name} />
            <ServiceSpecs name={name} />
            <ServiceUsage name={name} />
          </>
        )}
      </QueryView>
    </>
  );
}
