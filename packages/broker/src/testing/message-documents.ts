/** An AsyncAPI 3.0 spec (JSON text) whose `onUserCreated` operation sends one message with this payload schema. */
export function asyncApiSpec(payload: object): string {
  return JSON.stringify({
    asyncapi: '3.0.0',
    info: { title: 'users', version: '1' },
    channels: { users: { messages: { created: { payload } } } },
    operations: { onUserCreated: { action: 'send', channel: { $ref: '#/channels/users' } } },
  });
}

/** A Pact v4 contract with an HTTP interaction (`GET /items/1`) and a message of `onUserCreated` (`{ id: '1' }`). */
export function mixedPact(consumer: string, provider: string): string {
  return JSON.stringify({
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      {
        type: 'Synchronous/HTTP',
        description: 'get an item',
        request: { method: 'GET', path: '/items/1' },
        response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: '1' } },
      },
      {
        type: 'Asynchronous/Messages',
        description: 'a user created',
        comments: { references: { AsyncAPI: { operationId: 'onUserCreated' } } },
        contents: { content: { id: '1' }, contentType: 'application/json', encoded: false },
      },
    ],
    metadata: { pactSpecification: { version: '4.0' } },
  });
}
