import type { Integration, Reason } from '@signet/client';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { pairKeys } from '../integration/select-pair.js';
import { IntegrationLink } from './integration-link.js';
import { VersionLink } from './version-link.js';

/** One reason in words, naming the integration, the versions and (for incompatibilities) the operations. */
export function ReasonText({ reason }: { reason: Reason }) {
  switch (reason.kind) {
    case 'version-not-found':
      return (
        <>
          <VersionLink at={reason.subject} /> was never published, so nothing vouches for it.
        </>
      );
    case 'no-integrations':
      return (
        <>
          <VersionLink at={reason.subject} /> has no integrations that matter in {reason.environment}.
        </>
      );
    case 'compatible':
      return (
        <>
          <IntegrationLink
            integration={reason.integration}
            contractSha={reason.contractSha}
            specSha={reason.specSha}
          />{' '}
          is compatible (
          {reason.via === 'comparison'
            ? 'contract passed comparison with the verified spec'
            : 'Pact verification succeeded'}
          ).
        </>
      );
    case 'incompatible':
      return (
        <>
          <IntegrationLink
            integration={reason.integration}
            contractSha={reason.contractSha}
            specSha={reason.specSha}
          />{' '}
          is incompatible: {reason.findings.errorCount} error{reason.findings.errorCount === 1 ? '' : 's'}.
          <ul>
            {reason.findings.errors.map((error, i) => (
              <li key={i}>
                <code>{error.code}</code> {error.operation && <code>{error.operation}</code>} {error.message}{' '}
                <span className="muted">({error.interaction})</span>
              </li>
            ))}
          </ul>
          {reason.specChanges && (
            <SpecChanges
              integration={reason.integration}
              contractSha={reason.contractSha}
              specChanges={reason.specChanges}
            />
          )}
        </>
      );
    case 'comparison-pending':
      return (
        <>
          <IntegrationLink
            integration={reason.integration}
            contractSha={reason.contractSha}
            specSha={reason.specSha}
          />
          : the comparison has not been computed yet.
        </>
      );
    case 'no-spec-verified':
      return (
        <>
          <IntegrationLink integration={reason.integration} />: the provider version has no successful
          verification against a spec (never verified, or every verification failed), so nothing says what it
          implements.
        </>
      );
    case 'pact-verification-failed':
      return (
        <>
          <IntegrationLink integration={reason.integration} />: the Pact verification of this contract failed.
        </>
      );
    case 'no-provider-deployed':
      return (
        <>
          <VersionLink at={reason.consumer} /> calls{' '}
          <Link href={hrefs.service(reason.provider)}>{reason.provider}</Link>, which is not deployed in{' '}
          {reason.environment}: deploy the provider first.
        </>
      );
    case 'provider-verified':
      return (
        <>
          <VersionLink at={reason.provider} /> was verified against its spec.
        </>
      );
    case 'not-verified':
      return (
        <>
          <VersionLink at={reason.provider} /> has no verification against its spec yet (run{' '}
          <code>signet test</code>).
        </>
      );
    case 'verification-failed':
      return (
        <>
          <VersionLink at={reason.provider} /> failed verification against its spec.
        </>
      );
    default:
      return <code>{JSON.stringify(reason)}</code>;
  }
}

type SpecChangesRef = NonNullable<Extract<Reason, { kind: 'incompatible' }>['specChanges']>;

/**
 * The provider's spec changes that broke this consumer, from the earlier spec its contract passed (linked: the
 * integration at that comparison), each with its check id and the operation it touches.
 */
function SpecChanges({
  integration,
  contractSha,
  specChanges,
}: {
  integration: Integration;
  contractSha: string;
  specChanges: SpecChangesRef;
}) {
  const passed = hrefs.integration(integration.consumer.service, integration.provider.service, {
    consumerVersion: integration.consumer.version,
    [pairKeys.consumer]: integration.consumer.version,
    contractSha,
    specSha: specChanges.baseSpecSha,
  });
  const count = specChanges.changes.length;
  return (
    <div className="spec-changes" data-testid="spec-changes">
      {count === 0
        ? 'No listed spec change explains it'
        : `Caused by ${count} spec change${count === 1 ? '' : 's'}`}{' '}
      since the{' '}
      <Link href={passed}>
        spec it passed (<code>{specChanges.baseSpecSha.slice(0, 8)}</code>)
      </Link>
      {count === 0 ? '.' : ':'}
      {count > 0 && (
        <ul>
          {specChanges.changes.map((change, i) => (
            <li key={i}>
              <code>{change.id}</code> <span className="muted">({change.severity})</span>{' '}
              {change.operation && (
                <code>{`${change.operation.method.toUpperCase()} ${change.operation.path}`}</code>
              )}{' '}
              {change.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
