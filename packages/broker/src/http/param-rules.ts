import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { maxNameLength, name, refName, versionNumber } from './schemas.js';

/**
 * The router's limit on one parameter, raw (still percent-encoded): the longest name, each UTF-16 code unit
 * taking up to three UTF-8 bytes of three characters (`%E2%82%AC`) each.
 */
export const maxParamLength = maxNameLength * 9;

/** Ids, hashes, uuids and encoded metadata: the route reads them exactly (404 when nothing has them). */
const opaqueKey = z.string().min(1).max(maxParamLength);

/**
 * Every path parameter's rule, by its name, in both APIs: names of services (`name` is a service or an
 * environment; both follow the one name rule), branches and tags, version numbers. Checked at the edge before
 * any route runs, so a route cannot accept a name the rule refuses; a route with a parameter missing here stops
 * start-up.
 */
export const paramRules: Record<string, z.ZodType<string>> = {
  name,
  pacticipant: name,
  provider: name,
  consumer: name,
  service: name,
  branch: refName,
  tag: refName,
  // The matrix badge: the provider versions' tag.
  providerTag: refName,
  // The can-i-deploy URL forms: the tag deployed to, and an environment by name.
  to: refName,
  environment: name,
  version: versionNumber,
  id: opaqueKey,
  deliveryId: opaqueKey,
  contractSha: opaqueKey,
  specSha: opaqueKey,
  sha: opaqueKey,
  metadata: opaqueKey,
  uuid: opaqueKey,
  rel: opaqueKey,
};

/** Stops start-up when a route declares a path parameter that {@link paramRules} has no rule for. */
export function enforceParamRules(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    for (const match of route.url.matchAll(/:(\w+)/g)) {
      const param = match[1]!;
      if (!Object.hasOwn(paramRules, param))
        throw new Error(
          `${String(route.method)} ${route.url}: path parameter :${param} has no rule in paramRules`,
        );
    }
  });
}
