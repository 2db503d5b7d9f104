import type { FastifyInstance } from 'fastify';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { parse } from '../../http/parse.js';
import { halFor, sendHal } from '../hal/hal.js';
import { tagParams } from '../params.js';
import { deleteTag, getTag, putTag } from './tag-service.js';
import { tagResource } from './version-resource.js';

const path = '/pacticipants/:pacticipant/versions/:version/tags/:tag';

/** Version tags: `PUT` creates the tag (and the version, as Pact Broker does); `GET` reads it; `DELETE` removes it. */
export function tagRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const input = (params: unknown) => {
    const { pacticipant, version, tag } = parse(tagParams, params, 'path');
    return { pacticipant, number: version, tag };
  };

  app.put(path, access('write'), async (request, reply) => {
    const tag = input(request.params);
    const { version, created } = await putTag(deps.store, tag, deps.pact);
    return sendHal(reply, tagResource(halFor(request), version, tag.tag), created ? 201 : 200);
  });

  app.get(path, access('read'), async (request, reply) => {
    const tag = input(request.params);
    return sendHal(reply, tagResource(halFor(request), await getTag(deps.store, tag), tag.tag));
  });

  app.delete(path, access('write'), async (request, reply) => {
    await deleteTag(deps.store, input(request.params));
    return reply.status(204).send();
  });
}
