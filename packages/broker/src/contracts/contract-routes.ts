import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { publishContract } from './publish-contract.js';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderComparison, renderContract, renderPage } from '../http/render.js';
import {
  documentContent,
  documentText,
  name,
  pageQuery,
  refName,
  rowId,
  versionNumber,
} from '../http/schemas.js';
import { findContract, listContracts } from './find-contracts.js';
import { access } from '../auth/route-access.js';

const publishBody = z.object({
  content: documentContent,
  consumerVersion: versionNumber,
  consumer: name.optional(),
  branch: refName.optional(),
  tags: z.array(refName).max(50).optional(),
  overwrite: z.boolean().optional(),
});
const listQuery = pageQuery
  .extend({ consumer: name.optional(), provider: name.optional(), consumerVersion: versionNumber.optional() })
  .refine((query) => query.consumerVersion === undefined || query.consumer !== undefined, {
    message: 'consumerVersion needs consumer',
    path: ['consumer'],
  });
const idParams = z.object({ id: rowId });

/** `/contracts`: publish (consumer and provider from the contract), list with filters, one with its content. */
export function contractRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/contracts', access('write'), async (request, reply) => {
    const body = parse(publishBody, request.body, 'body');
    const result = await publishContract(deps, { ...body, content: documentText(body.content) });
    return reply.status(result.outcome === 'created' ? 201 : 200).send({
      outcome: result.outcome,
      contract: renderContract(result.contract),
      comparisons: result.comparisons.map(renderComparison),
    });
  });

  app.get('/contracts', access('read'), async (request) => {
    const query = parse(listQuery, request.query, 'query');
    return renderPage(await listContracts(deps.store, query, query), renderContract);
  });

  app.get('/contracts/:id', access('read'), async (request) => {
    const params = parse(idParams, request.params, 'path');
    const { contract, content } = await findContract(deps.store, params.id);
    return { ...renderContract(contract), content };
  });
}
