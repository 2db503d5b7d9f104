import path from 'node:path';
import fc from 'fast-check';
import { loadSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { requestArbitrary } from './request-arbitrary.js';
import { isValidRequest } from './request-validity.js';
import { operationLabel } from './request-model.js';
import { SchemaValidators } from './schema-validators.js';

const specFile = path.resolve(import.meta.dirname, '../../../test-fixtures/verify/items.yaml');

describe('generated requests', () => {
  it('are valid against their operation (parameters, body, required parts)', async () => {
    const spec = await loadSpec({ path: specFile });
    const validators = new SchemaValidators(spec);
    for (const operation of spec.operations) {
      fc.assert(
        fc.property(requestArbitrary(spec, operation), (values) => {
          expect({
            operation: operationLabel(operation),
            valid: isValidRequest(operation, values, validators),
          }).toEqual({
            operation: operationLabel(operation),
            valid: true,
          });
        }),
        { numRuns: 300 },
      );
    }
  });
});
