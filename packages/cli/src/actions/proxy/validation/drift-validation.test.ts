import { loadSpec } from '@signet/core';
import type { Operation, ProviderSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../../output/io.js';
import type { Exchange } from '../transport/index.js';
import { driftExitCode, startDriftValidation } from './drift-validation.js';
import { driftSpec } from '../testing/drifting-pets.js';

const body = (text: string) => ({ bytes: Buffer.from(text), totalBytes: text.length, truncated: false });

const exchange: Exchange = {
  method: 'GET',
  url: '/pets/1',
  requestHeaders: {},
  directives: { providerStates: [] },
  requestBody: body(''),
  status: 200,
  responseHeaders: { 'content-type': 'application/json', 'x-rate-limit': '1' },
  responseBody: body('{"id":1,"name":"Rex"}'),
};

function quiet(): Io & { text: () => string } {
  let text = '';
  return { color: false, out: (t) => void (text += t), err: (t) => void (text += t), text: () => text };
}

describe('drift validation', () => {
  it('turns a check that throws into an internal.check-failed finding, never a pass', async () => {
    const spec = await loadSpec(JSON.stringify(driftSpec));
    // A malformed model (no responses list) makes the answer checks throw.
    const broken: ProviderSpec = {
      ...spec,
      operations: spec.operations.map((op) => ({ ...op, responses: undefined }) as unknown as Operation),
    };
    const io = quiet();
    const validation = startDriftValidation({ spec: broken, label: 'broken.json' }, 1024, io);
    validation.check(exchange);
    const summary = await validation.finish();
    expect(summary.exchanges[0]!.findings).toMatchObject([{ code: 'internal.check-failed' }]);
    expect(driftExitCode(summary, 0)).toBe(1);
    expect(io.text()).toContain('the drift check failed');
  });

  it('passes the same exchange against the intact spec', async () => {
    const validation = startDriftValidation(
      { spec: await loadSpec(JSON.stringify(driftSpec)), label: 'pets.json' },
      1024,
      quiet(),
    );
    validation.check(exchange);
    const summary = await validation.finish();
    expect(summary).toMatchObject({ checked: 1, drifted: 0 });
    expect(driftExitCode(summary, 0)).toBe(0);
    expect(driftExitCode(summary, 1)).toBe(1);
  });
});
