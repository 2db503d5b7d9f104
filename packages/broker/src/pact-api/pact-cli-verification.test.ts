import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { runPact } from './testing/pact-cli.js';
import { pactFiles, writePact } from './testing/pact-files.js';

/**
 * The real `pact` verifier (npm @pact-foundation/pact-cli) against a listening broker: which pacts it is handed
 * under Pact Broker's branch-head and WIP rules, seen as the requests it makes to the provider.
 */
describe('real Pact verifier: pacts for verification', () => {
  let broker: TestBroker;
  let url: string;
  let dir: string;
  let provider: Server;
  let providerUrl: URL;
  const seen: string[] = [];

  const pact = (...args: string[]) => runPact(args, { PACT_BROKER_BASE_URL: url });
  const publish = async (consumer: string, providerName: string, version: string, branch: string) => {
    const pactDir = await mkdtemp(join(dir, `${consumer}-`));
    await writePact(pactDir, pactFiles.v3(consumer, providerName, consumer));
    const args = ['broker', 'publish', pactDir, '--consumer-app-version', version, '--branch', branch];
    const result = await pact(...args);
    expect(result.code, `pact ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
  };
  /** Runs the verifier for `providerName` and answers the provider paths it requested. */
  const verify = async (providerName: string, ...flags: string[]) => {
    seen.length = 0;
    const result = await pact(
      'verifier',
      '--broker-url',
      url,
      '--provider-name',
      providerName,
      '--hostname',
      providerUrl.hostname,
      '--port',
      providerUrl.port,
      ...flags,
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    return [...seen].sort();
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    await broker.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(broker.app.server.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'signet-pact-verify-'));
    provider = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: '1', name: 'gadget' }));
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    providerUrl = new URL(`http://127.0.0.1:${(provider.address() as AddressInfo).port}`);
  }, 120_000);

  afterAll(async () => {
    if (provider !== undefined) await new Promise((resolve) => provider.close(resolve));
    await broker?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('selects nothing for a consumer whose branch head published no pact with the provider', async () => {
    // Pact Broker's branch and matchingBranch selectors join branch_heads: the head version of the branch is
    // the one whose pact is verified; an older version's pact on the branch is not chosen instead.
    await publish('web', 'inventory', 'w1', 'feat');
    await publish('web', 'other', 'w2', 'feat'); // the head of feat dropped its pact with inventory
    await publish('mobile', 'inventory', 'm1', 'feat');
    expect(
      await verify(
        'inventory',
        '--provider-version',
        'i1',
        '--consumer-version-selectors',
        '{"branch": "feat"}',
      ),
    ).toEqual(['GET /items/mobile']);
    expect(
      await verify(
        'inventory',
        '--provider-version',
        'i1',
        '--provider-branch',
        'feat',
        '--consumer-version-selectors',
        '{"matchingBranch": true}',
      ),
    ).toEqual(['GET /items/mobile']);
  });

  it('leaves out of WIP, on a new provider branch, pacts another branch verified before it existed', async () => {
    // Pact Broker's WIP query excludes pacts "successfully verified by another provider branch before this
    // branch was first created"; a pact nobody verified is still WIP, labelled with the branch it heads.
    await publish('admin', 'stock', 'a1', 'feat-y');
    await publish('beta', 'stock', 'b1', 'feat-z');
    const onMain = ['--provider-version', 's1', '--provider-branch', 'main', '--publish'];
    expect(await verify('stock', ...onMain, '--consumer-version-selectors', '{"branch": "feat-y"}')).toEqual([
      'GET /items/admin',
    ]);
    const wipFlags = ['--enable-pending', '--include-wip-pacts-since', '2020-01-01'];
    const onNewBranch = ['--provider-version', 's2', '--provider-branch', 'feat-new', ...wipFlags];
    expect(
      await verify('stock', ...onNewBranch, '--consumer-version-selectors', '{"branch": "none-such"}'),
    ).toEqual(['GET /items/beta']);
    const answer = await broker.app.inject({
      method: 'POST',
      url: '/pacts/provider/stock/for-verification',
      payload: {
        consumerVersionSelectors: [{ branch: 'none-such' }],
        providerVersionBranch: 'feat-new',
        includePendingStatus: true,
        includeWipPactsSince: '2020-01-01',
      },
    });
    const pacts = answer.json<{
      _embedded: {
        pacts: Array<{ verificationProperties: { wip?: boolean; notices: Array<{ text: string }> } }>;
      };
    }>()._embedded.pacts;
    expect(pacts).toHaveLength(1);
    expect(pacts[0]!.verificationProperties.wip).toBe(true);
    expect(pacts[0]!.verificationProperties.notices[0]!.text).toContain(
      "the latest version of beta from branch 'feat-z' (b1)",
    );
  });
});
