import type { VersionRef } from '@signet/client';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** `cart 1.2.3`, the service linked. */
export function VersionLink({ at }: { at: VersionRef }) {
  return (
    <>
      <Link href={hrefs.service(at.service)}>{at.service}</Link> <code>{at.version}</code>
    </>
  );
}
