import { describe, expect, it } from 'vitest';
import { loadSpec } from '../load-spec.js';

const info = { title: 'Users', version: '1' };
const payload = { type: 'object' };

describe('loadSpec: AsyncAPI message names', () => {
  it('3.x: a message is named by every messages-map key its $ref chain passes through', async () => {
    const spec = await loadSpec({
      asyncapi: '3.0.0',
      info,
      channels: {
        users: {
          messages: {
            created: { $ref: '#/components/messages/userCreated' },
            deleted: { payload },
          },
        },
      },
      operations: {
        viaChannel: {
          action: 'send',
          channel: { $ref: '#/channels/users' },
          messages: [{ $ref: '#/channels/users/messages/created' }],
        },
        viaComponent: { action: 'send', messages: [{ $ref: '#/components/messages/userCreated' }] },
        wholeChannel: { action: 'send', channel: { $ref: '#/channels/users' } },
      },
      components: { messages: { userCreated: { payload } } },
    });
    const ops = spec.messaging?.operations ?? {};
    expect(ops.viaChannel?.messages.map((m) => m.names)).toEqual([['created', 'userCreated']]);
    expect(ops.viaComponent?.messages.map((m) => m.names)).toEqual([['userCreated']]);
    expect(ops.wholeChannel?.messages.map((m) => m.names)).toEqual([['created', 'userCreated'], ['deleted']]);
  });

  it('2.x: the messageId field names a message, inline or a component (whose key names it too)', async () => {
    const spec = await loadSpec({
      asyncapi: '2.6.0',
      info,
      channels: {
        users: {
          subscribe: {
            operationId: 'onUser',
            message: {
              oneOf: [
                { $ref: '#/components/messages/created' },
                { messageId: 'userDeleted', payload },
                { payload },
              ],
            },
          },
        },
      },
      components: { messages: { created: { messageId: 'userCreated', payload } } },
    });
    expect(spec.messaging?.operations.onUser?.messages.map((m) => m.names)).toEqual([
      ['created', 'userCreated'],
      ['userDeleted'],
      [],
    ]);
  });
});
