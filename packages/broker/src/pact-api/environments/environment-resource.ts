import type { Hal } from '../hal/hal.js';
import { environmentPath } from '../hal/paths.js';
import type { PactEnvironment } from './environment-service.js';
import { environmentUuid } from './environment-uuid.js';

/** An environment as Pact clients read it; the currently deployed/supported links live here. */
export function environmentResource(hal: Hal, { environment, contacts }: PactEnvironment) {
  const uuid = environmentUuid(environment);
  const path = environmentPath(uuid);
  return {
    uuid,
    name: environment.name,
    displayName: environment.displayName,
    production: environment.production,
    contacts,
    createdAt: environment.createdAt.toISOString(),
    _links: {
      self: hal.link(path, { title: 'Environment', name: environment.name }),
      'pb:currently-deployed-deployed-versions': hal.link(`${path}/deployed-versions/currently-deployed`, {
        title: 'Versions currently deployed to this environment',
      }),
      'pb:currently-supported-released-versions': hal.link(`${path}/released-versions/currently-supported`, {
        title: 'Versions released and supported in this environment',
      }),
      'pb:environments': hal.link('/environments', { title: 'Environments' }),
    },
  };
}
