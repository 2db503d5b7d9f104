import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { halFor, sendHal, type Hal } from '../hal/hal.js';
import { pactByVersionPath, pacticipantPath, versionPath, versionTagPath } from '../hal/paths.js';
import { publishContracts, type PublishedPact } from './publish-contracts.js';
import { readPublishRequest, type PublishRequest } from './publish-request.js';
import { access } from '../../auth/route-access.js';
import { parse } from '../../http/parse.js';
import { pactResource } from '../pacts/pact-resource.js';
import { putPactParams } from '../params.js';
import { putPact } from './put-pact.js';

/** `POST /contracts/publish`: what `pact broker publish` calls; `PUT` of one pact: what older clients call. */
export function publishRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/contracts/publish', access('write'), async (request, reply) => {
    const body = readPublishRequest(request.body);
    const published = await publishContracts(deps, body);
    return sendHal(reply, publishResponse(halFor(request), body, published));
  });
  app.put(
    '/pacts/provider/:provider/consumer/:consumer/version/:version',
    access('write'),
    async (request, reply) => {
      const params = parse(putPactParams, request.params, 'path');
      const { pact, created } = await putPact(deps, { ...params, body: request.body });
      return sendHal(reply, pactResource(halFor(request), pact), created ? 201 : 200);
    },
  );
}

function publishResponse(hal: Hal, body: PublishRequest, published: PublishedPact[]) {
  const { pacticipantName: name, pacticipantVersionNumber: number } = body;
  const version = `${name} version ${number}`;
  const branch = published[0]?.branch ?? body.branch ?? null;
  const notices = [
    ...(branch === null ? [] : [{ type: 'info', text: `${version} has branch ${branch}` }]),
    ...(body.tags ?? []).map((tag) => ({ type: 'info', text: `Tagged ${version} with ${tag}` })),
    ...published.map(({ pact, result }) => ({
      type: result.outcome === 'unchanged' ? 'info' : 'success',
      text: outcomeText(result.outcome, `${pact.consumer} version ${number}`, pact.provider),
    })),
  ];
  const contracts = published.map(({ pact }) =>
    hal.link(pactByVersionPath(pact.provider, pact.consumer, number), {
      title: 'Pact',
      name: `Pact between ${pact.consumer} (${number}) and ${pact.provider}`,
    }),
  );
  return {
    notices,
    // Older clients (and the Rust CLI's notice printer) read `logs`, Pact Broker's deprecated copy of `notices`.
    logs: notices.map(({ type, text }) => ({
      level: type,
      message: text,
      deprecationWarning: 'Replaced by notices',
    })),
    _embedded: {
      pacticipant: { name, _links: { self: hal.link(pacticipantPath(name), { name }) } },
      version: {
        number,
        branch,
        _links: { self: hal.link(versionPath(name, number), { title: 'Version', name: number }) },
      },
    },
    _links: {
      'pb:pacticipant': hal.link(pacticipantPath(name), { title: 'Pacticipant', name }),
      'pb:pacticipant-version': hal.link(versionPath(name, number), {
        title: 'Pacticipant version',
        name: number,
      }),
      'pb:pacticipant-version-tags': (body.tags ?? []).map((tag) =>
        hal.link(versionTagPath(name, number, tag), { title: 'Tag', name: tag }),
      ),
      'pb:contracts': contracts,
    },
  };
}

function outcomeText(outcome: string, consumer: string, provider: string): string {
  if (outcome === 'created') return `Created pact for ${consumer} and provider ${provider}`;
  if (outcome === 'replaced')
    return `Pact for ${consumer} and provider ${provider} replaced (content changed)`;
  return `Pact for ${consumer} and provider ${provider} was already published with the same content`;
}
