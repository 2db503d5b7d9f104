import { hrefs } from '../router/hrefs.js';
import { Link } from '../router/link.js';
import { mayAdminister, useAccess } from './access-context.js';

/** The visitor in the top bar: the token's name and role ("dashboard · read token"), or that the broker is open. */
export function AccessBadge() {
  const access = useAccess();
  if (access.kind === 'token')
    return (
      <span className="who" data-testid="signed-in-as" title={`signed in with the token "${access.name}"`}>
        <span className="who-name" data-testid="signed-in-name">
          {access.name}
        </span>{' '}
        · {access.role} token
      </span>
    );
  if (access.kind === 'open')
    return (
      <span className="who" data-testid="signed-in-as">
        no sign-in (open)
      </span>
    );
  return null;
}

/** A banner on every page while the broker runs without authentication. */
export function OpenBrokerBanner() {
  const access = useAccess();
  if (access.kind !== 'open') return null;
  return (
    <p className="open-banner" role="note" data-testid="open-broker">
      This broker runs <strong>open</strong>: anyone who can reach it may publish, record deployments and
      manage tokens and webhooks. Start it with <code>SIGNET_ADMIN_TOKEN</code> to require tokens.
    </p>
  );
}

/** Above an admin page's controls when the token's role cannot use them (they are disabled below). */
export function NeedsAdmin({ what }: { what: string }) {
  const access = useAccess();
  if (mayAdminister(access)) return null;
  return (
    <p className="warning" data-testid="needs-admin">
      {access.kind === 'token' ? `Your token's role is ${access.role}: ` : ''}
      {what} needs an admin token. <Link href={hrefs.signIn()}>Sign in with another token</Link>
    </p>
  );
}
