import { describe, expect, it } from 'vitest';
import { startBrokerProcess } from '../actions/start-broker-process.js';

describe('signet broker', () => {
  it('runs the installed broker program and passes its usage errors through as exit code 2', async () => {
    // A bad port fails before the database opens, so this exercises the launcher without an initdb.
    expect(await startBrokerProcess(['--port', 'not-a-port'])).toBe(2);
  });
});
