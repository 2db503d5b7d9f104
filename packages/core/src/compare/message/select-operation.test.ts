import { describe, expect, it } from 'vitest';
import { parseContract } from '../../contracts/index.js';
import { loadSpec } from '../../specs/index.js';
import { compare } from '../index.js';
import type { Finding } from '../model.js';

const object = (name: string) => ({
  type: 'object',
  properties: { [name]: { type: 'string' } },
  required: [name],
  additionalProperties: false,
});

// Two messages with disjoint payloads, reached through a channel entry that is itself a $ref to a component.
const spec = () =>
  loadSpec({
    asyncapi: '3.0.0',
    info: { title: 'Users', version: '1' },
    channels: {
      users: {
        messages: {
          created: { $ref: '#/components/messages/userCreated' },
          deleted: { payload: object('deletedId') },
        },
      },
      replies: { messages: { ack: { payload: object('ok') } } },
    },
    operations: {
      onUser: {
        action: 'send',
        channel: { $ref: '#/channels/users' },
        messages: [
          { $ref: '#/channels/users/messages/created' },
          { $ref: '#/channels/users/messages/deleted' },
        ],
      },
      onDeleted: { action: 'send', messages: [{ $ref: '#/channels/users/messages/deleted' }] },
      ask: {
        action: 'receive',
        messages: [{ $ref: '#/components/messages/userCreated' }],
        reply: { channel: { $ref: '#/channels/replies' } },
      },
    },
    components: { messages: { userCreated: { payload: object('userId') } } },
  });

const pact = (references: unknown, interaction: Record<string, unknown>) =>
  parseContract(
    JSON.stringify({
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [
        {
          type: 'Asynchronous/Messages',
          description: 'a user event',
          comments: { references },
          ...interaction,
        },
      ],
      metadata: { pactSpecification: { version: '4.0' } },
    }),
  );
const contents = (content: unknown) => ({ content, contentType: 'application/json', encoded: false });
const message = (references: unknown, content: unknown) => pact(references, { contents: contents(content) });
const codes = (findings: Finding[]) =>
  findings.map((f) => `${f.type} ${f.code} ${f.specDetails?.location ?? '-'}`);

describe('compare: AsyncAPI messageId references', () => {
  it('narrows the operation to the named message: a payload only another message accepts no longer passes', async () => {
    const s = await spec();
    const deletedPayload = { deletedId: 'd1' };
    expect(compare(s, message({ AsyncAPI: { operationId: 'onUser' } }, deletedPayload)).compatible).toBe(
      true,
    );
    const narrowed = compare(
      s,
      message({ AsyncAPI: { operationId: 'onUser', messageId: 'created' } }, deletedPayload),
    );
    expect(narrowed.compatible).toBe(false);
    expect(codes(narrowed.findings)).toEqual(['error message.no.match [root].operations.onUser.messages']);
    expect(codes(narrowed.findings[0]?.causes ?? [])).toEqual([
      'error message.payload.incompatible [root].components.messages.userCreated.payload.additionalProperties',
    ]);
  });

  it('finds the message by its channel key or its component key alike', async () => {
    const s = await spec();
    for (const messageId of ['created', 'userCreated']) {
      const result = compare(s, message({ AsyncAPI: { operationId: 'onUser', messageId } }, { userId: 'u' }));
      expect(codes(result.findings)).toEqual(['info message.matched [root].components.messages.userCreated']);
    }
  });

  it('is an error when the named message is not in the operation', async () => {
    const result = compare(
      await spec(),
      message({ AsyncAPI: { operationId: 'onDeleted', messageId: 'created' } }, { userId: 'u' }),
    );
    expect(result.compatible).toBe(false);
    expect(result.findings).toMatchObject([
      {
        code: 'message.id.unknown',
        type: 'error',
        message: 'Operation "onDeleted" has no message named "created" (its messages: deleted)',
        mockDetails: {
          location: '[root].interactions[0].comments.references.AsyncAPI.messageId',
          value: 'created',
        },
        specDetails: { location: '[root].operations.onDeleted.messages' },
      },
    ]);
  });

  it('with messageId alone, checks against that message wherever an operation carries it', async () => {
    const s = await spec();
    const found = compare(s, message({ AsyncAPI: { messageId: 'deleted' } }, { deletedId: 'd' }));
    expect(codes(found.findings)).toEqual(['info message.matched [root].channels.users.messages.deleted']);
    const wrong = compare(s, message({ AsyncAPI: { messageId: 'deleted' } }, { userId: 'u' }));
    expect(wrong.compatible).toBe(false);
    const unknown = compare(s, message({ AsyncAPI: { messageId: 'nope' } }, { userId: 'u' }));
    expect(codes(unknown.findings)).toEqual(['error message.id.unknown [root]']);
  });

  it('a sync interaction named by messageId alone uses the one operation carrying it, reply included', async () => {
    const s = await spec();
    const sync = (references: unknown, reply: unknown) =>
      pact(references, {
        type: 'Synchronous/Messages',
        request: { contents: contents({ userId: 'u' }) },
        response: [{ contents: contents(reply) }],
      });
    // userCreated is carried by onUser and ask: which reply applies is not said.
    const ambiguous = compare(s, sync({ AsyncAPI: { messageId: 'userCreated' } }, { ok: 'y' }));
    expect(ambiguous.compatible).toBe(false);
    expect(ambiguous.findings[0]).toMatchObject({
      code: 'message.references.missing',
      message: expect.stringContaining('onUser, ask') as unknown,
    });
    const named = compare(
      s,
      sync({ AsyncAPI: { operationId: 'ask', messageId: 'userCreated' } }, { ok: 'y' }),
    );
    expect(named.compatible).toBe(true);
    expect(codes(named.findings)).toEqual([
      'info message.matched [root].components.messages.userCreated',
      'info message.matched [root].channels.replies.messages.ack',
    ]);
  });

  it('refuses a reference whose messageId or operationId is not a non-empty string', async () => {
    const s = await spec();
    for (const AsyncAPI of [{ messageId: 3 }, { operationId: 'onUser', messageId: '' }, {}]) {
      const result = compare(s, message({ AsyncAPI }, { userId: 'u' }));
      expect(result.compatible).toBe(false);
      expect(result.findings.map((f) => f.code)).toEqual(['message.references.missing']);
    }
  });
});
