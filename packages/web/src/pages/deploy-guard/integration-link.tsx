import type { Integration } from '@signet/client';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { pairKeys } from '../integration/select-pair.js';
import { VersionLink } from './version-link.js';

/** `cart 1.2 → inventory 3.4`, with a link to the integration page (at that comparison when given). */
export function IntegrationLink({
  integration,
  contractSha,
  specSha,
}: {
  integration: Integration;
  contractSha?: string;
  specSha?: string;
}) {
  const href = hrefs.integration(integration.consumer.service, integration.provider.service, {
    consumerVersion: integration.consumer.version,
    // The matrix cell of this pair of versions (when a spec comparison is behind the reason).
    [pairKeys.consumer]: specSha === undefined ? undefined : integration.consumer.version,
    [pairKeys.provider]: specSha === undefined ? undefined : integration.provider.version,
    contractSha: specSha === undefined ? undefined : contractSha,
    specSha,
  });
  return (
    <>
      <VersionLink at={integration.consumer} /> → <VersionLink at={integration.provider} /> (
      <Link href={href}>integration</Link>)
    </>
  );
}
