import type { DeployedVersion } from '@signet/client';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** A service's deployed version, linked to the version's page (with its application instance). */
export function DeployedVersionLink({ row }: { row: DeployedVersion }) {
  return (
    <>
      <Link href={hrefs.version(row.service, row.version)}>
        <code>{row.version}</code>
      </Link>
      {row.applicationInstance === null ? '' : ` (${row.applicationInstance})`}
    </>
  );
}
