import type { Environment } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { StatusBadge } from '../../components/status-badge.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { ReasonText } from '../deploy-guard/reason-text.js';

/** The deploy guard's answer for this version in every environment (production first), with its reasons. */
export function VersionGuards({ name, version }: { name: string; version: string }) {
  const { client } = useBroker();
  const environments = useQuery(
    'environments',
    async () => (await client.environments.list({ limit: 100 })).items,
  );
  return (
    <section aria-labelledby="version-guards-heading">
      <h2 id="version-guards-heading">Deploy guard per environment</h2>
      <QueryView query={environments} what="environments">
        {(items) =>
          items.length === 0 ? (
            <Empty>No environments yet: create one with signet environment create.</Empty>
          ) : (
            <ul className="plain guard-list" data-testid="version-guards">
              {[...items]
                .sort((a, b) => Number(b.production) - Number(a.production))
                .map((environment) => (
                  <GuardLine key={environment.name} name={name} version={version} environment={environment} />
                ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function GuardLine({
  name,
  version,
  environment,
}: {
  name: string;
  version: string;
  environment: Environment;
}) {
  const { client } = useBroker();
  const question = { service: name, version, environment: environment.name };
  const answer = useQuery(`guard:${JSON.stringify(question)}`, () => client.deployGuard.check(question));
  return (
    <li data-testid="version-guard" data-environment={environment.name}>
      <strong>{environment.displayName || environment.name}</strong>
      {environment.production && <span className="muted"> (production)</span>}:{' '}
      <QueryView query={answer} what={`the deploy guard for ${environment.name}`}>
        {(found) => {
          const open = found.reasons.filter((reason) => reason.effect !== 'ok');
          return (
            <>
              <StatusBadge status={found.verdict} /> <Link href={hrefs.deployGuard(question)}>details</Link>
              {open.length > 0 && (
                <ul>
                  {open.map((reason, i) => (
                    <li key={i}>
                      <StatusBadge status={reason.effect} /> <ReasonText reason={reason} />
                    </li>
                  ))}
                </ul>
              )}
              <pre className="curl">
                <code>
                  signet deploy-guard --service {name} --version {version} --environment {environment.name}
                </code>
              </pre>
            </>
          );
        }}
      </QueryView>
    </li>
  );
}
