import { BrokerProvider } from './api/broker-context.js';
import { LiveProvider } from './api/live-context.js';
import { NavBar } from './components/nav-bar.js';
import { Router } from './router/router.js';
import { Routes } from './routes.js';

/** The whole UI: the broker client (with the signed-in token), live updates, the router, the page. */
export function App() {
  return (
    <Router>
      <BrokerProvider>
        <LiveProvider>
          <a className="skip" href="#main">
            Skip to content
          </a>
          <NavBar />
          <main id="main" tabIndex={-1}>
            <Routes />
          </main>
        </LiveProvider>
      </BrokerProvider>
    </Router>
  );
}
