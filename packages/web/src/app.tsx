import { BrokerProvider } from './api/broker-context.js';
import { LiveProvider } from './api/live-context.js';
import { AccessProvider } from './components/access-context.js';
import { OpenBrokerBanner } from './components/access-notes.js';
import { NavBar } from './components/nav-bar.js';
import { Router } from './router/router.js';
import { Routes } from './routes.js';

/** The whole UI: the broker client (with the signed-in token), what it may do, live updates, the router, the page. */
export function App() {
  return (
    <Router>
      <BrokerProvider>
        <AccessProvider>
          <LiveProvider>
            <a className="skip" href="#main">
              Skip to content
            </a>
            <NavBar />
            <main id="main" tabIndex={-1}>
              <OpenBrokerBanner />
              <Routes />
            </main>
          </LiveProvider>
        </AccessProvider>
      </BrokerProvider>
    </Router>
  );
}
