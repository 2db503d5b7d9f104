import type { FastifyInstance } from 'fastify';
import { curies, halFor, sendHal, type Hal, type Link } from '../hal/hal.js';
import { access } from '../../auth/route-access.js';
import { docRoutes } from '../doc/doc-routes.js';

const t = (hal: Hal, path: string, title: string): Link => hal.link(path, { title, templated: true });

/** The index's relations: what Pact clients look up by name before navigating (SPEC §11). */
export function indexLinks(hal: Hal): Record<string, Link | Link[]> {
  return {
    self: hal.link('/', { title: 'Index' }),
    'pb:publish-contracts': hal.link('/contracts/publish', { title: 'Publish contracts' }),
    'pb:latest-pact-versions': hal.link('/pacts/latest', { title: 'Latest pact versions' }),
    'pb:pacticipants': hal.link('/pacticipants', { title: 'Pacticipants' }),
    'pb:pacticipant': t(hal, '/pacticipants/{pacticipant}', 'Fetch pacticipant by name'),
    'pb:latest-provider-pacts': t(hal, '/pacts/provider/{provider}/latest', 'Latest pacts by provider'),
    'pb:latest-provider-pacts-with-tag': t(
      hal,
      '/pacts/provider/{provider}/latest/{tag}',
      'Latest pacts for provider with the specified tag',
    ),
    'pb:provider-pacts-with-tag': t(hal, '/pacts/provider/{provider}/tag/{tag}', 'All pacts with tag'),
    'pb:provider-pacts': t(hal, '/pacts/provider/{provider}', 'All pact versions for the provider'),
    'pb:provider-pacts-for-verification': t(
      hal,
      '/pacts/provider/{provider}/for-verification',
      'Pact versions to be verified for the specified provider',
    ),
    'pb:latest-version': t(hal, '/pacticipants/{pacticipant}/latest-version', 'Latest pacticipant version'),
    'pb:latest-tagged-version': t(
      hal,
      '/pacticipants/{pacticipant}/latest-version/{tag}',
      'Latest pacticipant version with the specified tag',
    ),
    'pb:pacticipant-version': t(hal, '/pacticipants/{pacticipant}/versions/{version}', 'Pacticipant version'),
    'pb:pacticipant-version-tag': t(
      hal,
      '/pacticipants/{pacticipant}/versions/{version}/tags/{tag}',
      'Pacticipant version tag',
    ),
    'pb:pacticipant-branch': t(hal, '/pacticipants/{pacticipant}/branches/{branch}', 'Pacticipant branch'),
    'pb:pacticipant-branch-version': t(
      hal,
      '/pacticipants/{pacticipant}/branches/{branch}/versions/{version}',
      'Pacticipant branch version',
    ),
    'pb:environments': hal.link('/environments', { title: 'Environments' }),
    'pb:environment': t(hal, '/environments/{uuid}', 'Environment'),
    'pb:webhooks': hal.link('/webhooks', { title: 'Webhooks' }),
    'pb:webhook': t(hal, '/webhooks/{uuid}', 'Webhook'),
    'pb:can-i-deploy-pacticipant-version-to-environment': t(
      hal,
      '/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}',
      'Can I deploy a pacticipant version to an environment',
    ),
    'pb:matrix': hal.link('/matrix', { title: 'Matrix' }),
    curies: curies(hal),
  };
}

/**
 * `GET /`: the HAL index for API clients. Browsers' page navigations (`Accept: text/html`) are answered by
 * the web UI's hook before this route runs. The relations' documentation (the curie) is served beside it.
 */
export function indexRoutes(app: FastifyInstance): void {
  app.get('/', access('read'), async (request, reply) =>
    sendHal(reply, { _links: indexLinks(halFor(request)) }),
  );
  docRoutes(app);
}
