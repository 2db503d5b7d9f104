import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { generateToken, hashToken } from '../auth/tokens.js';
import type { BrokerDeps } from '../deps.js';
import { revokeToken } from './revoke-token.js';
import { parse } from '../http/parse.js';
import { pageQuery, rowId } from '../http/schemas.js';
import type { ApiToken } from '../store/index.js';
import { access } from '../auth/route-access.js';

const createBody = z.object({ name: z.string().min(1).max(200), role: z.enum(['read', 'write', 'admin']) });
const idParams = z.object({ id: rowId });

const renderToken = (token: ApiToken) => ({
  id: token.id,
  name: token.name,
  role: token.role,
  createdAt: token.createdAt,
  revokedAt: token.revokedAt,
});

/** `/tokens` (admin): create (the token is shown once, only its hash is kept), list, revoke. */
export function tokenRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/tokens', access('admin'), async (request, reply) => {
    const body = parse(createBody, request.body, 'body');
    const token = generateToken();
    const stored = await deps.store.apiTokens.create(body.name, body.role, hashToken(token));
    return reply.status(201).send({ ...renderToken(stored), token });
  });

  app.get('/tokens', access('admin'), async (request) => {
    const page = await deps.store.apiTokens.list(parse(pageQuery, request.query, 'query'));
    return { items: page.items.map(renderToken), nextCursor: page.nextCursor };
  });

  app.delete('/tokens/:id', access('admin'), async (request, reply) => {
    const params = parse(idParams, request.params, 'path');
    await revokeToken(deps.store, params.id);
    return reply.status(204).send();
  });
}
