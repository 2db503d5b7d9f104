import type { Finding, SpecOperations } from '@signet/client';
import { describe, expect, it } from 'vitest';
import { specExcerpt } from './spec-excerpt.js';

const thing = { type: 'object', properties: { id: { type: 'string' } } };
const spec: SpecOperations = {
  service: 'inventory',
  version: 'i1',
  contentSha: 's',
  kind: 'openapi',
  format: 'openapi-3.0',
  title: null,
  schemas: {},
  operations: [
    {
      method: 'post',
      path: '/items',
      operationId: null,
      summary: null,
      parameters: [],
      requestBody: {
        required: true,
        contentTypes: ['application/json'],
        content: [{ contentType: 'application/json', schema: thing }],
      },
      responses: [
        {
          status: '201',
          contentTypes: ['application/json'],
          schema: thing,
          content: [{ contentType: 'application/json', schema: thing }],
        },
      ],
    },
  ],
};
const finding = (location: string, value?: unknown): Finding => ({
  code: 'response.body.incompatible',
  type: 'error',
  message: 'no',
  mockDetails: {
    interactionDescription: 'add',
    interactionState: '[none]',
    location: '[root].interactions[0]',
  },
  specDetails: {
    location,
    pathMethod: 'post',
    pathName: '/items',
    ...(value === undefined ? {} : { value }),
  },
});

describe('specExcerpt', () => {
  it('takes the finding’s own schema value, or the schema a media type or parameter holds', () => {
    expect(specExcerpt(finding('[root].x', thing), spec)).toEqual({ schema: thing, from: 'value' });
    expect(specExcerpt(finding('[root].x', { schema: thing }), spec)).toEqual({
      schema: thing,
      from: 'value',
    });
  });

  it('reads the response or request body schema the location names when the finding has no value', () => {
    expect(
      specExcerpt(finding('[root].paths./items.post.responses.201.content.application/json.schema'), spec),
    ).toEqual({ schema: thing, from: 'response 201 (application/json)' });
    expect(specExcerpt(finding('[root].paths./items.post.requestBody.content'), spec)).toEqual({
      schema: thing,
      from: 'request body (application/json)',
    });
    expect(specExcerpt(finding('[root].paths./items.post.responses.404'), spec)).toBeUndefined();
    expect(specExcerpt(finding('[root].paths./items.post', ['a']), spec)).toBeUndefined();
    expect(specExcerpt(finding('[root].paths./items.post.responses.201'), undefined)).toBeUndefined();
  });
});
