import { describe, expect, it } from 'vitest';
import { parseContract } from '../../contracts/index.js';
import { loadSpec, type ProviderSpec } from '../../specs/index.js';
import { compare } from '../index.js';
import type { Finding } from '../model.js';

const user = { type: 'object', properties: { userId: { type: 'string' } }, required: ['userId'] };
const asyncapi = (message: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  loadSpec({
    asyncapi: '3.0.0',
    info: { title: 'Users', version: '1' },
    channels: { users: { messages: { created: message }, replies: {} } },
    operations: { onUser: { action: 'send', channel: { $ref: '#/channels/users' }, ...extra } },
  });
const openapi = () =>
  loadSpec({
    openapi: '3.0.3',
    info: { title: 'h', version: '1' },
    paths: { '/health': { get: { responses: { 200: { description: 'ok' } } } } },
  });

const reference = { references: { AsyncAPI: { operationId: 'onUser' } } };
const v4 = (interaction: Record<string, unknown>) =>
  parseContract(
    JSON.stringify({
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [
        { type: 'Asynchronous/Messages', description: 'a user event', comments: reference, ...interaction },
      ],
      metadata: { pactSpecification: { version: '4.0' } },
    }),
  );
const json = (content: unknown, contentType = 'application/json') => ({
  contents: { content, contentType, encoded: false },
});
const codes = (findings: Finding[]) => findings.map((f) => `${f.type} ${f.code} ${f.mockDetails.location}`);

describe('compare: message interactions', () => {
  it('matches a v4 async message and names the spec message', async () => {
    const result = compare(await asyncapi({ payload: user }), v4(json({ userId: 'u1' })));
    expect(result.compatible).toBe(true);
    expect(result.findings).toMatchObject([
      {
        code: 'message.matched',
        type: 'info',
        specDetails: { location: '[root].channels.users.messages.created', value: { payload: user } },
      },
    ]);
  });

  it('reads a provider-sent payload like a response: missing required fields pass, undeclared ones fail', async () => {
    const spec = await asyncapi({ payload: user });
    expect(compare(spec, v4(json({}))).compatible).toBe(true);
    const extra = compare(spec, v4(json({ userId: 'u1', nickname: 'n' })));
    expect(extra.compatible).toBe(false);
    expect(extra.findings[0]?.causes?.map((f) => f.message)).toEqual([
      'Message payload is incompatible with the schema in the spec file: must NOT have additional properties - nickname',
    ]);
    // The option that lets HTTP responses carry undeclared fields applies here too.
    expect(
      compare(spec, v4(json({ userId: 'u1', nickname: 'n' })), { allowUndeclaredResponseFields: true })
        .compatible,
    ).toBe(true);
  });

  it('reports a v3 message at its own locations', async () => {
    const contract = parseContract(
      JSON.stringify({
        consumer: { name: 'c' },
        provider: { name: 'p' },
        messages: [
          {
            description: 'a user event',
            contents: { userId: 7 },
            metaData: { contentType: 'application/json' },
            comments: reference,
          },
        ],
        metadata: { pactSpecification: { version: '3.0.0' } },
      }),
    );
    const [finding] = compare(await asyncapi({ payload: user }), contract).findings;
    expect(finding?.code).toBe('message.no.match');
    expect(codes(finding?.causes ?? [])).toEqual([
      'error message.payload.incompatible [root].messages[0].contents.userId',
    ]);
  });

  it('checks metadata against the headers schema, leaving the content type key out', async () => {
    const headers = {
      type: 'object',
      properties: { kind: { enum: ['created'] } },
      additionalProperties: false,
    };
    const spec = await asyncapi({ payload: user, headers });
    const ok = v4({
      ...json({ userId: 'u' }),
      metadata: { kind: 'created', contentType: 'application/json' },
    });
    expect(compare(spec, ok).compatible).toBe(true);
    const bad = compare(spec, v4({ ...json({ userId: 'u' }), metadata: { kind: 'deleted' } }));
    expect(codes(bad.findings[0]?.causes ?? [])).toEqual([
      'error message.headers.incompatible [root].interactions[0].metadata.kind',
    ]);
  });

  it('does not match a message of another content type', async () => {
    const result = compare(
      await asyncapi({ contentType: 'application/xml', payload: user }),
      v4(json({ userId: 'u' })),
    );
    expect(result.compatible).toBe(false);
    expect(result.findings[0]?.causes?.map((f) => f.code)).toEqual(['message.content-type.incompatible']);
    // The error's own message says why, for reports that print only messages.
    expect(result.findings[0]?.message).toBe(
      'No message in the operation matched the interaction. [root].interactions[0].contents.content: ' +
        "Message content type 'application/json' is not the spec message's content type 'application/xml'",
    );
  });

  it('never matches a message it cannot read (traits, Avro)', async () => {
    const traited = await asyncapi({ payload: user, traits: [{ headers: { type: 'object' } }] });
    const avro = await asyncapi({
      payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: {} },
    });
    for (const spec of [traited, avro]) {
      const result = compare(spec, v4(json({ userId: 'u' })));
      expect(result.compatible).toBe(false);
      expect(result.findings[0]?.causes?.map((f) => f.code)).toEqual(['message.unsupported']);
    }
  });

  it('is an error without a reference, with an unknown operation, or without an AsyncAPI spec', async () => {
    const spec = await asyncapi({ payload: user });
    const noReference = compare(spec, v4({ ...json({ userId: 'u' }), comments: {} }));
    expect(codes(noReference.findings)).toEqual([
      'error message.references.missing [root].interactions[0].comments.references',
    ]);
    // An inherited property name is no operation.
    const inherited = v4({
      ...json({ userId: 'u' }),
      comments: { references: { AsyncAPI: { operationId: 'constructor' } } },
    });
    expect(codes(compare(spec, inherited).findings)).toEqual([
      'error message.operation.unknown [root].interactions[0].comments.references.AsyncAPI.operationId',
    ]);
    for (const specs of [await openapi(), []]) {
      const result = compare(specs, v4(json({ userId: 'u' })));
      expect(result.compatible).toBe(false);
      expect(codes(result.findings)).toEqual(['error message.spec.missing [root].interactions[0]']);
    }
  });

  it('reports HTTP interactions as unknown when only an AsyncAPI spec, or none, is given', async () => {
    const contract = parseContract(
      JSON.stringify({
        consumer: { name: 'c' },
        provider: { name: 'p' },
        interactions: [
          { description: 'health', request: { method: 'GET', path: '/health' }, response: { status: 200 } },
        ],
      }),
    );
    for (const specs of [await asyncapi({ payload: user }), []]) {
      const result = compare(specs, contract);
      expect(result.compatible).toBe(false);
      expect(codes(result.findings)).toEqual([
        'error request.path-or-method.unknown [root].interactions[0].request.path',
      ]);
    }
    expect(compare([await openapi(), await asyncapi({ payload: user })], contract).compatible).toBe(true);
  });

  it('checks each sync response against the reply, like a response', async () => {
    const spec = await asyncapi(
      { payload: user },
      { reply: { messages: [{ $ref: '#/channels/users/messages/created' }] } },
    );
    const sync = (response: unknown) =>
      parseContract(
        JSON.stringify({
          consumer: { name: 'c' },
          provider: { name: 'p' },
          interactions: [
            {
              type: 'Synchronous/Messages',
              description: 'ask',
              comments: reference,
              request: json({ userId: 'u' }),
              response: [json(response)],
            },
          ],
          metadata: { pactSpecification: { version: '4.0' } },
        }),
      );
    expect(compare(spec, sync({})).compatible).toBe(true);
    const bad = compare(spec, sync({ userId: 3 }));
    expect(codes(bad.findings)).toEqual([
      'info message.matched [root].interactions[0].request',
      'error message.no.match [root].interactions[0].response[0]',
    ]);
    expect(codes(bad.findings[1]?.causes ?? [])).toEqual([
      'error message.payload.incompatible [root].interactions[0].response[0].contents.content.userId',
    ]);
  });

  it('fails closed when checking a message throws', async () => {
    const spec = await asyncapi({ payload: user });
    const broken: ProviderSpec = {
      ...spec,
      messaging: {
        get operations(): never {
          throw new Error('boom');
        },
      },
    };
    const result = compare(broken, v4(json({ userId: 'u' })));
    expect(result.compatible).toBe(false);
    expect(result.findings).toMatchObject([
      { code: 'internal.check-failed', type: 'error', message: expect.stringContaining('boom') as unknown },
    ]);
  });
});
