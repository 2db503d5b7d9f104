import { describe, expect, it } from 'vitest';
import { formatLocation, pointerToLocation } from './location.js';

describe('pointerToLocation', () => {
  it('writes PactFlow-style locations, unescaping pointer tokens', () => {
    expect(pointerToLocation('/paths/~1pets~1{id}/get')).toBe('[root].paths./pets/{id}.get');
    expect(pointerToLocation('/paths/~1pets/get/parameters/0')).toBe('[root].paths./pets.get.parameters[0]');
    expect(pointerToLocation('/paths/~1pets/get/responses/200')).toBe('[root].paths./pets.get.responses.200');
    expect(pointerToLocation('/components/schemas/a~0b')).toBe('[root].components.schemas.a~b');
    expect(pointerToLocation('')).toBe('[root]');
  });

  it('decides array indexes from the document when given', () => {
    const document = { paths: { '/a': { get: { tags: ['x'], responses: { '0': {} } } } } };
    expect(pointerToLocation('/paths/~1a/get/tags/0', document)).toBe('[root].paths./a.get.tags[0]');
    expect(pointerToLocation('/paths/~1a/get/responses/0', document)).toBe('[root].paths./a.get.responses.0');
  });
});

describe('formatLocation', () => {
  it('joins names with dots and indexes with brackets', () => {
    expect(formatLocation(['paths', '/pets', 'post', 'requestBody', 'content', 'application/json'])).toBe(
      '[root].paths./pets.post.requestBody.content.application/json',
    );
    expect(formatLocation(['servers', 1, 'url'])).toBe('[root].servers[1].url');
  });
});
