import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { access } from '../../auth/route-access.js';
import { defaultPactSettings } from '../../config/pact-settings.js';
import type { BrokerDeps } from '../../deps.js';
import { parse } from '../../http/parse.js';
import { name, refName } from '../../http/schemas.js';
import { sendHal } from '../hal/hal.js';
import { badgeSvg, type Badge } from './badge-svg.js';
import { canIDeployBadge } from './can-i-deploy-badge.js';
import {
  canIDeployBranchToEnvironment,
  canIDeployTagToTag,
  type CanIDeployAnswer,
} from './can-i-deploy-urls.js';

const tagToTagParams = z.object({ pacticipant: name, tag: refName, to: refName });
const branchToEnvironmentParams = z.object({ pacticipant: name, branch: refName, environment: name });
const badgeQuery = z.object({ label: z.string().max(100).optional() });

const tagToTag = '/pacticipants/:pacticipant/latest-version/:tag/can-i-deploy/to/:to';
const branchToEnvironment =
  '/pacticipants/:pacticipant/branches/:branch/latest-version/can-i-deploy/to-environment/:environment';

/**
 * The can-i-deploy URL forms (a branch or tag in the path is URL-encoded, `feat%2Fx`) and their `/badge`s.
 * Each declares `read`, like the matrix they answer from; the badges are `public` when the broker enables
 * public badge access (Pact Broker's `enable_public_badge_access`), declared on the route at start-up.
 */
export function canIDeployUrlRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const badgeAccess = (deps.pact ?? defaultPactSettings).enablePublicBadgeAccess ? 'public' : 'read';
  const byTag = (params: unknown) => {
    const input = parse(tagToTagParams, params, 'path');
    return { from: input.tag, to: input.to, answer: () => canIDeployTagToTag(deps, input) };
  };
  const byBranch = (params: unknown) => {
    const input = parse(branchToEnvironmentParams, params, 'path');
    return {
      from: input.branch,
      to: input.environment,
      answer: () => canIDeployBranchToEnvironment(deps, input),
    };
  };

  for (const [path, read] of [
    [tagToTag, byTag],
    [branchToEnvironment, byBranch],
  ] as const) {
    app.get(path, access('read'), async (request, reply) =>
      sendHal(reply, await read(request.params).answer()),
    );
    app.get(`${path}/badge`, access(badgeAccess), async (request, reply) => {
      const { label } = parse(badgeQuery, request.query, 'query');
      const { from, to, answer } = read(request.params);
      return sendBadge(reply, answer, { label, from, to });
    });
  }
}

/** Always an SVG, as README images need: a failure is a grey `error` badge naming the request, and is logged. */
async function sendBadge(
  reply: FastifyReply,
  answer: () => Promise<CanIDeployAnswer>,
  text: { label?: string; from: string; to: string },
) {
  let badge: Badge;
  try {
    badge = await canIDeployBadge(answer, text);
  } catch (error) {
    reply.request.log.error({ err: error }, 'can-i-deploy badge failed');
    const message = `reference: ${reply.request.id}`;
    badge = { label: 'error', message, colour: 'grey', title: `error, ${message}` };
  }
  return reply.status(200).header('cache-control', 'no-cache').type('image/svg+xml').send(badgeSvg(badge));
}
