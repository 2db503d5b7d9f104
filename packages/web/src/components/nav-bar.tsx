import { useEffect, useState } from 'react';
import { useBroker } from '../api/use-broker.js';
import { hrefs } from '../router/hrefs.js';
import { Link } from '../router/link.js';
import { useRouter } from '../router/use-router.js';
import { AccessBadge } from './access-notes.js';
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
  // On a phone the pages are a menu behind one button (one row of top bar); it closes on every navigation.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.path]);
  return (
    <header className="top">
      <Link href="/" className="brand">
        Signet
      </Link>
      <button
        type="button"
        className="menu-button"
        aria-expanded={menuOpen}
        aria-controls="main-nav"
        onClick={() => setMenuOpen(!menuOpen)}
      >
        Menu
      </button>
      <nav aria-label="Main" id="main-nav" className={menuOpen ? 'open' : undefined}>
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
      <AccessBadge />
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
