import { loadSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { selectOperations } from './load-spec-file.js';

const specText = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/pets': { get: { operationId: 'listPets', responses: { 200: { description: 'ok' } } } },
    '/pets/{id}': { get: { operationId: 'showPetById', responses: { 200: { description: 'ok' } } } },
  },
});

describe('selectOperations', () => {
  it('selects by operationId or METHOD /path, and suggests the nearest for a typo', async () => {
    const spec = await loadSpec(specText);
    expect(selectOperations(spec, ['listPets', 'get /pets/{id}']).map((op) => op.operationId)).toEqual([
      'listPets',
      'showPetById',
    ]);
    expect(() => selectOperations(spec, ['listPet'])).toThrow(
      "--operation 'listPet' matches no operation of the spec; did you mean 'listPets'?",
    );
    expect(() => selectOperations(spec, ['deleteEverything'])).toThrow(/matches no operation of the spec$/);
  });
});
