import { describe, expect, it } from 'vitest';
import { loadSpec } from '../load-spec.js';
import { SpecError } from '../spec-error.js';

const info = { title: 'Users', version: '1' };
const userPayload = { type: 'object', properties: { userId: { type: 'string' } }, required: ['userId'] };

async function failure(input: Parameters<typeof loadSpec>[0], options?: Parameters<typeof loadSpec>[1]) {
  const error: unknown = await loadSpec(input, options).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

describe('loadSpec: AsyncAPI 3.x', () => {
  const v3 = {
    asyncapi: '3.0.0',
    info,
    defaultContentType: 'application/json',
    channels: {
      users: {
        address: 'users',
        messages: {
          created: { $ref: '#/components/messages/created' },
          deleted: { contentType: 'application/cloudevents+json', payload: userPayload },
        },
      },
      replies: { messages: { ack: { payload: { type: 'object' } } } },
    },
    operations: {
      onUsers: { action: 'receive', channel: { $ref: '#/channels/users' } },
      onCreated: {
        action: 'send',
        channel: { $ref: '#/channels/users' },
        messages: [{ $ref: '#/channels/users/messages/created' }],
        reply: { channel: { $ref: '#/channels/replies' } },
      },
    },
    components: { messages: { created: { headers: { type: 'object' }, payload: userPayload } } },
  };

  it('reads operations by key, messages through $ref chains, content types and replies', async () => {
    const spec = await loadSpec(JSON.stringify(v3));
    expect(spec).toMatchObject({ format: 'asyncapi-3', version: '3.0.0', operations: [] });
    const { onUsers, onCreated } = spec.messaging?.operations ?? {};
    // No `messages` on the operation: every message of its channel.
    expect(onUsers?.messages.map((m) => [m.location, m.contentType])).toEqual([
      ['[root].components.messages.created', 'application/json'],
      ['[root].channels.users.messages.deleted', 'application/cloudevents+json'],
    ]);
    expect(onCreated).toMatchObject({
      location: '[root].operations.onCreated',
      messagesLocation: '[root].operations.onCreated.messages',
      messages: [{ location: '[root].components.messages.created' }],
      reply: {
        messagesLocation: '[root].operations.onCreated.reply.messages',
        messages: [{ location: '[root].channels.replies.messages.ack' }],
      },
    });
    const created = onCreated?.messages[0];
    expect(created?.payload).toMatchObject({
      kind: 'schema',
      location: '[root].components.messages.created.payload',
    });
    expect(created?.headers?.kind).toBe('schema');
    expect(onUsers?.reply).toBeUndefined();
  });

  it('loads YAML the same as JSON', async () => {
    const yaml = [
      'asyncapi: 3.1.0',
      'info: { title: Users, version: "1" }',
      'channels:',
      '  users:',
      '    messages:',
      '      created:',
      '        payload: { type: object }',
      'operations:',
      '  onUsers:',
      '    action: receive',
      '    channel: { $ref: "#/channels/users" }',
    ].join('\n');
    const spec = await loadSpec(yaml);
    expect(spec.format).toBe('asyncapi-3');
    expect(Object.keys(spec.messaging?.operations ?? {})).toEqual(['onUsers']);
  });

  it('keeps traits and non-JSON-Schema formats as unsupported rather than reading past them', async () => {
    const doc = {
      asyncapi: '3.0.0',
      info,
      channels: {
        c: {
          messages: {
            traited: { traits: [{ headers: { type: 'object' } }], payload: { type: 'object' } },
            avro: {
              payload: {
                schemaFormat: 'application/vnd.apache.avro;version=1.9.0',
                schema: { type: 'record' },
              },
            },
            wrapped: {
              payload: { schemaFormat: 'application/schema+json;version=draft-07', schema: userPayload },
            },
          },
        },
      },
      operations: { op: { action: 'send', channel: { $ref: '#/channels/c' } } },
    };
    const [traited, avro, wrapped] = (await loadSpec(doc)).messaging?.operations.op?.messages ?? [];
    expect(traited?.unsupported).toContain('traits');
    expect(avro?.payload).toMatchObject({
      kind: 'unsupported',
      reason: expect.stringContaining('avro') as unknown,
    });
    expect(wrapped?.payload).toMatchObject({
      kind: 'schema',
      location: '[root].channels.c.messages.wrapped.payload.schema',
    });
  });
});

describe('loadSpec: AsyncAPI 2.x', () => {
  it('reads publish/subscribe operations by operationId, with oneOf messages', async () => {
    const spec = await loadSpec({
      asyncapi: '2.6.0',
      info,
      channels: {
        users: {
          subscribe: {
            operationId: 'onUser',
            message: { oneOf: [{ $ref: '#/components/messages/created' }, { payload: { type: 'object' } }] },
          },
          publish: { message: { payload: { type: 'object' } } },
        },
      },
      components: { messages: { created: { contentType: 'application/json', payload: userPayload } } },
    });
    expect(spec.format).toBe('asyncapi-2');
    // The publish operation has no operationId, so nothing can reference it.
    expect(Object.keys(spec.messaging?.operations ?? {})).toEqual(['onUser']);
    expect(spec.messaging?.operations.onUser).toMatchObject({
      action: 'subscribe',
      location: '[root].channels.users.subscribe',
      messagesLocation: '[root].channels.users.subscribe.message',
      messages: [
        { location: '[root].components.messages.created', contentType: 'application/json' },
        { location: '[root].channels.users.subscribe.message.oneOf[1]' },
      ],
    });
    expect(spec.messaging?.operations.onUser?.reply).toBeUndefined();
  });

  it('treats a 2.x schemaFormat on the message as the payload format', async () => {
    const spec = await loadSpec({
      asyncapi: '2.0.0',
      info,
      channels: {
        c: {
          subscribe: {
            operationId: 'op',
            message: { schemaFormat: 'application/vnd.apache.avro+json;version=1.9.0', payload: {} },
          },
        },
      },
    });
    expect(spec.messaging?.operations.op?.messages[0]?.payload?.kind).toBe('unsupported');
  });
});

describe('loadSpec: AsyncAPI refusals', () => {
  it('refuses versions other than 2.x and 3.x', async () => {
    expect(await failure({ asyncapi: '1.2.0', info, channels: {} })).toMatchObject({
      code: 'spec.unsupported-version',
      location: '/asyncapi',
    });
  });

  it('refuses unresolved and remote message refs', async () => {
    const op = (ref: string) => ({
      asyncapi: '3.0.0',
      info,
      operations: { op: { action: 'send', messages: [{ $ref: ref }] } },
    });
    expect((await failure(op('#/components/messages/none'))).code).toBe('spec.ref.unresolved');
    expect((await failure(op('https://example.com/m.yaml'))).code).toBe('spec.ref.remote');
  });

  it('applies the size and depth limits OpenAPI documents get', async () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 300; i++) deep = { type: 'object', properties: { a: deep } };
    const doc = { asyncapi: '3.0.0', info, channels: { c: { messages: { m: { payload: deep } } } } };
    expect((await failure(JSON.stringify(doc), { maxDepth: 64 })).code).toBe('spec.too-deep');
    expect((await failure(JSON.stringify(doc), { maxBytes: 1000 })).code).toBe('spec.too-large');
  });
});
