import type { Verification } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { ShortSha } from '../../components/short-sha.js';
import { When } from '../../components/when.js';
import { failureCount, readVerificationResults } from './read-verification-results.js';
import { VerificationResults } from './verification-results.js';

/** Every verification of the version as a provider, newest first: what was verified, when, and what failed. */
export function VersionVerifications({ name, version }: { name: string; version: string }) {
  const { client } = useBroker();
  const query = useQuery(`verifications:${name}:${version}`, async () => {
    const [verifications, ownSpec] = await Promise.all([
      client.verifications.list(name, version),
      client.specs.list(name, { version, limit: 1 }),
    ]);
    return { items: [...verifications.items].reverse(), ownSpecSha: ownSpec.items[0]?.contentSha };
  });
  return (
    <section aria-labelledby="verifications-heading">
      <h2 id="verifications-heading">Provider verifications</h2>
      <QueryView query={query} what="verifications">
        {({ items, ownSpecSha }) =>
          items.length === 0 ? (
            <Empty>
              {name} {version} has not been verified: run <code>signet test</code> against this build, or the
              Pact verifier, and publish the result.
            </Empty>
          ) : (
            <ol className="plain" data-testid="verifications">
              {items.map((verification) => (
                <VerificationCard key={verification.id} verification={verification} ownSpecSha={ownSpecSha} />
              ))}
            </ol>
          )
        }
      </QueryView>
    </section>
  );
}

function VerificationCard({
  verification,
  ownSpecSha,
}: {
  verification: Verification;
  ownSpecSha: string | undefined;
}) {
  const failures = failureCount(readVerificationResults(verification.results));
  const spec = verification.kind === 'spec';
  return (
    <li className="verification-card" data-testid="verification" data-kind={verification.kind}>
      <p>
        <span className={`badge badge-${verification.success ? 'succeeded' : 'failed'}`}>
          {verification.success ? 'verified' : 'failed'}
        </span>{' '}
        {spec ? 'Spec verification (signet test)' : 'Pact verification'} ·{' '}
        <When at={verification.createdAt} /> · against{' '}
        {spec ? (
          <>
            spec <ShortSha sha={verification.specSha} />
            {verification.specSha === ownSpecSha ? ' (its own spec)' : ' (not the spec it published)'}
          </>
        ) : (
          <>
            contract <ShortSha sha={verification.contractSha} />
          </>
        )}
        {verification.buildUrl !== null && (
          <>
            {' '}
            · <a href={verification.buildUrl}>build</a>
          </>
        )}
      </p>
      {failures > 0 && (
        <p>{`${failures} failed ${spec ? 'request' : 'interaction'}${failures === 1 ? '' : 's'}`}</p>
      )}
      <details open={!verification.success}>
        <summary>Results ({verification.results.length})</summary>
        <VerificationResults results={verification.results} />
      </details>
    </li>
  );
}
