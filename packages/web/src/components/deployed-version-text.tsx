import type { DeployedVersion } from '@signet/client';

/** A deployed version's number, with its application instance when it has one. */
export function DeployedVersionText({ row }: { row: DeployedVersion }) {
  return (
    <>
      <code>{row.version}</code>
      {row.applicationInstance === null ? '' : ` (${row.applicationInstance})`}
    </>
  );
}
