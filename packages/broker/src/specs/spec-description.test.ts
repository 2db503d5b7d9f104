import { loadSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { describeLoadedSpec } from './spec-description.js';

describe('describeLoadedSpec', () => {
  it('gives each parameter’s schema and every media type of request and response bodies', async () => {
    const spec = await loadSpec(
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'pets', version: '1' },
        paths: {
          '/pets/{id}': {
            put: {
              parameters: [
                { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
                { name: 'dryRun', in: 'query', schema: { type: 'boolean', nullable: true } },
              ],
              requestBody: {
                required: true,
                content: {
                  'application/json': { schema: { $ref: '#/components/schemas/Pet' } },
                  'text/plain': {},
                },
              },
              responses: {
                '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
              },
            },
          },
        },
        components: { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } } },
      }),
    );
    const [operation] = describeLoadedSpec(spec).operations;
    expect(operation!.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
      // Translated: OpenAPI 3.0's nullable becomes a JSON Schema type list.
      {
        name: 'dryRun',
        in: 'query',
        required: false,
        schema: expect.objectContaining({ type: ['boolean', 'null'] }),
      },
    ]);
    expect(operation!.requestBody).toEqual({
      required: true,
      contentTypes: ['application/json', 'text/plain'],
      content: [
        { contentType: 'application/json', schema: { $ref: '#/components/schemas/Pet' } },
        { contentType: 'text/plain', schema: null },
      ],
    });
    expect(operation!.responses[0]!.content).toEqual([
      { contentType: 'application/json', schema: { type: 'object' } },
    ]);
  });
});
