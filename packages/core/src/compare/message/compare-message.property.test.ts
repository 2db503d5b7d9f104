import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../contracts/index.js';
import { SpecError, loadSpec, type ProviderSpec } from '../../specs/index.js';
import { compare } from '../index.js';

// Pieces of AsyncAPI documents, valid and not: each operation, message and schema slot gets one of these.
const schema = fc.oneof(
  fc.constant({ type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }),
  fc.constant({ type: 'object', additionalProperties: false }),
  fc.constant({ $ref: '#/components/schemas/Id' }),
  fc.constant({ schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: 'record' } }),
  fc.constant('not a schema'),
  fc.constant(true),
);
const message = fc.record(
  {
    payload: schema,
    headers: schema,
    contentType: fc.constantFrom('application/json', 'text/plain', 'application/*', 7),
    traits: fc.constant([{}]),
  },
  { requiredKeys: [] },
);
const operation = fc.record(
  {
    action: fc.constantFrom('send', 'receive'),
    channel: fc.constantFrom({ $ref: '#/channels/c' }, {}, 'c'),
    messages: fc.oneof(
      fc.constant([{ $ref: '#/channels/c/messages/m' }]),
      fc.constant('m'),
      fc.constant([{}]),
    ),
    reply: fc.oneof(
      fc.constant({ messages: [{ $ref: '#/channels/c/messages/m' }] }),
      fc.constant(null),
      fc.constant(3),
    ),
  },
  { requiredKeys: ['action'] },
);
const document = fc.record({
  asyncapi: fc.constantFrom('3.0.0', '2.6.0'),
  info: fc.constant({ title: 't', version: '1' }),
  channels: fc.record({ c: fc.record({ messages: fc.record({ m: message }) }) }),
  operations: fc.record({ op: operation }),
  components: fc.constant({ schemas: { Id: { type: 'object', properties: { id: { type: 'string' } } } } }),
});
const pactMessage = fc.record({
  content: fc.oneof(fc.constant({ id: 'a' }), fc.constant({ id: 1 }), fc.constant({}), fc.constant('text')),
  contentType: fc.constantFrom('application/json', 'text/plain'),
  kind: fc.constantFrom('Asynchronous/Messages', 'Synchronous/Messages'),
  operationId: fc.constantFrom('op', 'missing', undefined),
});

describe('compare: message interactions against arbitrary AsyncAPI documents', () => {
  it('loads or refuses with a SpecError, never throws from compare, and never calls an unchecked message compatible', async () => {
    await fc.assert(
      fc.asyncProperty(document, pactMessage, async (doc, m) => {
        let spec: ProviderSpec;
        try {
          spec = await loadSpec(doc);
        } catch (error) {
          expect(error).toBeInstanceOf(SpecError);
          return;
        }
        const contents = { contents: { content: m.content, contentType: m.contentType, encoded: false } };
        const interaction =
          m.kind === 'Asynchronous/Messages' ? contents : { request: contents, response: [contents] };
        const contract = parseContract(
          JSON.stringify({
            consumer: { name: 'c' },
            provider: { name: 'p' },
            interactions: [
              {
                type: m.kind,
                description: 'd',
                comments: m.operationId ? { references: { AsyncAPI: { operationId: m.operationId } } } : {},
                ...interaction,
              },
            ],
            metadata: { pactSpecification: { version: '4.0' } },
          }),
        );
        const result = compare(spec, contract);
        expect(result.compatible).toBe(!result.findings.some((f) => f.type === 'error'));
        // Compatible only when a spec message was matched for each message the interaction holds.
        const matched = result.findings.filter((f) => f.code === 'message.matched').length;
        if (result.compatible) expect(matched).toBe(m.kind === 'Asynchronous/Messages' ? 1 : 2);
        if (m.operationId !== 'op') expect(result.compatible).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
