import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import { fixtures, specValidator } from './testing/spec-validator.js';

describe('loadSpec: discriminators', () => {
  it('keeps oneOf + discriminator working in a validator without discriminator support', async () => {
    const spec = await loadSpec({ path: join(fixtures, 'discriminator-oas30.yaml') });
    const pet = specValidator(spec)({ pointer: '/components/schemas/Pet', schema: {} });
    // Every payload below fits all three branches; only the discriminator value decides.
    expect(pet({ petType: 'cat', name: 'Tom' })).toBe(true);
    expect(pet({ petType: 'dog', name: 'Rex' })).toBe(true);
    expect(pet({ petType: 'Lizard', name: 'Liz' })).toBe(true);
    // Explicitly mapped schemas also answer to their implicit name.
    expect(pet({ petType: 'Cat' })).toBe(true);
    // A named branch must still validate.
    expect(pet({ petType: 'dog', barks: 'loud' })).toBe(false);
    // With an unknown name the plain oneOf rule applies: all branches match, so it fails.
    expect(pet({ petType: 'bird' })).toBe(false);
  });

  it('keeps the discriminator keyword and the branch positions', async () => {
    const spec = await loadSpec({ path: join(fixtures, 'discriminator-oas30.yaml') });
    const pet = (
      spec.schemaRoot.components as {
        schemas: { Pet: { oneOf: Array<Record<string, unknown>>; discriminator: unknown } };
      }
    ).schemas.Pet;
    expect(pet.discriminator).toEqual({
      propertyName: 'petType',
      mapping: { cat: '#/components/schemas/Cat', dog: 'Dog' },
    });
    expect(pet.oneOf.map((branch) => branch.$ref)).toEqual([
      '#/components/schemas/Cat',
      '#/components/schemas/Dog',
      '#/components/schemas/Lizard',
    ]);
  });

  it('leaves anyOf and allOf-based inheritance validating as written', async () => {
    const spec = await loadSpec({
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Pet: {
            type: 'object',
            required: ['kind'],
            properties: { kind: { type: 'string' } },
            discriminator: { propertyName: 'kind' },
          },
          Cat: {
            allOf: [
              { $ref: '#/components/schemas/Pet' },
              { type: 'object', properties: { lives: { type: 'integer' } } },
            ],
          },
          Any: {
            anyOf: [{ $ref: '#/components/schemas/Cat' }, { type: 'string' }],
            discriminator: { propertyName: 'kind' },
          },
        },
      },
    });
    const compile = specValidator(spec);
    const cat = compile({ pointer: '/components/schemas/Cat', schema: {} });
    expect(cat({ kind: 'Cat', lives: 9 })).toBe(true);
    expect(cat({ lives: 9 })).toBe(false);
    const any = compile({ pointer: '/components/schemas/Any', schema: {} });
    expect([any('x'), any({ kind: 'Cat' }), any(3)]).toEqual([true, true, false]);
  });
});
