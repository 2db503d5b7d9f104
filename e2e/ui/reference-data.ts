/**
 * The reference workflow's data (SPEC §2), published through the API with @signet/client:
 * advertising_service → shopping_cart_service → inventory_service & payments_service.
 */
import type { SignetClient } from '@signet/client';

type Method = 'get' | 'post';
interface Op {
  method: Method;
  path: string;
  status: number;
  description: string;
}

const thing = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
};

/** An OpenAPI 3.0 spec whose operations answer `status` with `{id, name}`, `Thing` as a named schema. */
export function spec(title: string, operations: Op[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const parameters = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    (paths[op.path] ??= {})[op.method] = {
      summary: op.description,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(op.method === 'post'
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
          }
        : {}),
      responses: {
        [op.status]: {
          description: 'ok',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
        },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title, version: '1' },
    paths,
    components: { schemas: { Thing: thing } },
  };
}

/** A Pact v3 contract calling each operation (path parameters filled with `1`). */
export function pact(consumer: string, provider: string, operations: Op[]): Record<string, unknown> {
  return {
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: operations.map((op) => ({
      description: op.description,
      providerState: `${provider} has thing 1`,
      request: {
        method: op.method.toUpperCase(),
        path: op.path.replace(/\{\w+\}/g, '1'),
        ...(op.method === 'post'
          ? { headers: { 'Content-Type': 'application/json' }, body: { id: '1', name: 'new' } }
          : {}),
      },
      response: {
        status: op.status,
        headers: { 'Content-Type': 'application/json' },
        body: { id: '1', name: 'thing' },
      },
    })),
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

export const ops = {
  item: { method: 'get', path: '/api/items/{itemId}', status: 200, description: 'get an item' },
  gadget: { method: 'get', path: '/api/gadgets/{gadgetId}', status: 200, description: 'get a gadget' },
  payment: { method: 'post', path: '/api/payments', status: 201, description: 'pay for a cart' },
  cart: { method: 'get', path: '/api/carts/{cartId}', status: 200, description: 'get a cart' },
} satisfies Record<string, Op>;

/**
 * Steps 1–4 of the reference workflow: every service published, verified and deployed to production at its
 * first version; inventory's new spec (inv-2, with the gadgets endpoint) published but not yet verified or
 * deployed; shopping_cart's new version (cart-2) calling the new endpoint, compatible with inv-2 but not with
 * inv-1, which runs in production: the deploy guard says unsafe.
 */
export async function publishReferenceWorkflow(client: SignetClient): Promise<void> {
  await client.environments.create({ name: 'production', displayName: 'Production', production: true });
  await client.environments.create({ name: 'staging', displayName: 'Staging' });
  const provider = async (name: string, version: string, operations: Op[]) => {
    await client.specs.publish(name, { content: spec(name, operations), version, branch: 'main' });
  };
  const verifyAndDeploy = async (name: string, version: string) => {
    await client.verifications.record(name, version, { success: true });
    await client.deployments.recordDeployment('production', { service: name, version });
  };
  await provider('inventory_service', 'inv-1', [ops.item]);
  await verifyAndDeploy('inventory_service', 'inv-1');
  await provider('payments_service', 'pay-1', [ops.payment]);
  await verifyAndDeploy('payments_service', 'pay-1');
  for (const version of ['cart-1', 'cart-2']) {
    await provider('shopping_cart_service', version, [ops.cart]);
    const inventory = version === 'cart-1' ? [ops.item] : [ops.item, ops.gadget];
    if (version === 'cart-2') await provider('inventory_service', 'inv-2', [ops.item, ops.gadget]);
    await client.contracts.publish({
      content: pact('shopping_cart_service', 'inventory_service', inventory),
      consumerVersion: version,
      branch: 'main',
    });
    await client.contracts.publish({
      content: pact('shopping_cart_service', 'payments_service', [ops.payment]),
      consumerVersion: version,
      branch: 'main',
    });
    await client.verifications.record('shopping_cart_service', version, { success: true });
    if (version === 'cart-1')
      await client.deployments.recordDeployment('production', { service: 'shopping_cart_service', version });
  }
  await client.contracts.publish({
    content: pact('advertising_service', 'shopping_cart_service', [ops.cart]),
    consumerVersion: 'ad-1',
    branch: 'main',
  });
  await client.deployments.recordDeployment('production', {
    service: 'advertising_service',
    version: 'ad-1',
  });
}
