import { useBroker } from '../api/use-broker.js';
import { hrefs } from '../router/hrefs.js';
import { Link } from '../router/link.js';
import { useRouter } from '../router/use-router.js';
import { LiveIndicator } from './live-indicator.js';

const items = [
  {
    href: hrefs.graph(),
    label: 'Services',
    active: (path: string) => path === '/' || path.startsWith('/services'),
  },
  { href: hrefs.timeline(), label: 'Timeline', active: (path: string) => path.startsWith('/timeline') },
  {
    href: hrefs.deployGuard(),
    label: 'Deploy guard',
    active: (path: string) => path.startsWith('/deploy-guard'),
  },
  {
    href: hrefs.environments(),
    label: 'Environments',
    active: (path: string) => path.startsWith('/environments'),
  },
  { href: hrefs.webhooks(), label: 'Webhooks', active: (path: string) => path.startsWith('/webhooks') },
  { href: hrefs.tokens(), label: 'Tokens', active: (path: string) => path.startsWith('/tokens') },
];

/** The top bar: pages, live status, sign in/out. */
export function NavBar() {
  const { location, navigate } = useRouter();
  const { token, setToken } = useBroker();
  return (
    <header className="top">
      <Link href="/" className="brand">
        Signet
      </Link>
      <nav aria-label="Main">
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={item.active(location.path) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <LiveIndicator />
      {token === undefined ? (
        <Link href={hrefs.signIn()} className="sign">
          Sign in
        </Link>
      ) : (
        <button
          type="button"
          className="sign"
          onClick={() => {
            setToken(undefined);
            navigate(hrefs.signIn());
          }}
        >
          Sign out
        </button>
      )}
    </header>
  );
}
