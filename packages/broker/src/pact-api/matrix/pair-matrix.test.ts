import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { testEngine } from '../../testing/test-engine.js';
import { openTestStore } from '../testing/test-store.js';
import { readMatrixQuery } from './matrix-query.js';
import { answerMatrixQuery } from './matrix-service.js';
import { writeHistory, type History, type Step } from './testing/matrix-history.js';

const version = (pacticipant: string, number: string, branch: string, tags: string[] = []): Step => ({
  kind: 'version',
  pacticipant,
  number,
  branch,
  tags,
});
const pact = (consumer: string, at: string, provider: string, content = 'v0'): Step => ({
  kind: 'pacts',
  consumer,
  version: at,
  pacts: [{ provider, content }],
});
const verify = (
  provider: string,
  at: string,
  consumer: string,
  consumerVersion: string,
  success = true,
): Step => ({
  kind: 'verify',
  provider,
  version: at,
  consumer,
  consumerVersion,
  success,
});

/** The matrix without HTTP over small histories; each test's names carry its own prefix. */
describe('pairMatrix: the versions of the others each query form picks', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  let count = 0;
  /** Writes the history and returns an `ask(query)` with `$` standing for the prefix. */
  const given = async (steps: Step[], environments: string[] = ['test']) => {
    const prefix = `t${++count}`;
    const history: History = { environments, providersOf: new Map(), steps };
    await writeHistory(deps, history, prefix);
    return (search: string) => answerMatrixQuery(deps, readMatrixQuery(search.replaceAll('$', prefix)));
  };

  beforeAll(async () => {
    const opened = await openTestStore();
    close = opened.close;
    deps = { store: opened.store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
  });
  afterAll(() => close?.());

  it('--to TAG counts only the latest version with the tag, not a feature build that verified', async () => {
    const ask = await given([
      version('web', 'w1', 'main'),
      version('orders', 'o1', 'main', ['prod']),
      version('orders', 'o2', 'feat/x'),
      version('orders', 'o3', 'main', ['prod']),
      version('orders', 'o4', 'main'),
      pact('web', 'w1', 'orders'),
      // o1 (an older prod) and o2 (a feature build) passed; o3, the latest prod, never verified.
      verify('orders', 'o1', 'web', 'w1'),
      verify('orders', 'o2', 'web', 'w1'),
    ]);
    const toProd = await ask('q[][pacticipant]=$-web&q[][version]=w1&tag=prod&latestby=cvp&latest=true');
    expect(toProd.summary).toMatchObject({ deployable: null, unknown: 1, success: 0 });
    expect(toProd.matrix).toMatchObject([
      { provider: { name: expect.stringMatching(/orders$/), version: { number: 'o3' } } },
    ]);
    const toNothing = await ask('q[][pacticipant]=$-web&q[][version]=w1&tag=beta&latestby=cvp&latest=true');
    expect(toNothing.summary.deployable).toBeNull();
    expect(toNothing.notices.map((notice) => notice.text)).toContainEqual(
      expect.stringMatching(/orders is tagged beta/),
    );
  });

  it('regression: no --to (latest=true) counts the latest version of the other, not an older one that verified', async () => {
    // Found by never-a-false-yes: w1 → stock passed with s1; the latest stock s2 never verified it.
    const ask = await given([
      version('web', 'w1', 'main'),
      version('stock', 's1', 'main'),
      version('stock', 's2', 'main'),
      pact('web', 'w1', 'stock'),
      verify('stock', 's1', 'web', 'w1'),
    ]);
    const answer = await ask('q[][pacticipant]=$-web&q[][version]=w1&latestby=cvp&latest=true');
    expect(answer.summary.deployable).toBeNull();
    expect(answer.matrix).toMatchObject([
      { provider: { version: { number: 's2' } }, verificationResult: null },
    ]);
  });

  it('regression: can-i-merge for a provider needs the main-branch consumers it never verified', async () => {
    // Found by never-a-false-yes on the earlier code: o1 had no row with m2 (never verified), so it said yes.
    const ask = await given([
      version('mobile', 'm1', 'main'),
      version('mobile', 'm2', 'main'),
      version('orders', 'o1', 'main'),
      pact('mobile', 'm2', 'orders'),
    ]);
    const answer = await ask(
      'q[][pacticipant]=$-orders&q[][version]=o1&latestby=cvp&latest=true&mainBranch=true',
    );
    expect(answer.summary).toMatchObject({ deployable: null, unknown: 1 });
    expect(answer.matrix).toMatchObject([
      { consumer: { version: { number: 'm2' } }, verificationResult: null },
    ]);
  });

  it('--branch B without --latest checks every version of the branch; with --latest only its head', async () => {
    const ask = await given([
      version('web', 'w1', 'feat/x'),
      version('web', 'w2', 'feat/x'),
      version('orders', 'o1', 'main'),
      pact('web', 'w1', 'orders', 'v0'),
      pact('web', 'w2', 'orders', 'v1'),
      verify('orders', 'o1', 'web', 'w1', false),
      verify('orders', 'o1', 'web', 'w2'),
    ]);
    const every = await ask('q[][pacticipant]=$-web&q[][branch]=feat/x&latestby=cvp&latest=true');
    expect(every.summary).toMatchObject({ deployable: false, success: 1, failed: 1 });
    const head = await ask(
      'q[][pacticipant]=$-web&q[][latest]=true&q[][branch]=feat/x&latestby=cvp&latest=true',
    );
    expect(head.summary).toMatchObject({ deployable: true, success: 1, failed: 0 });
    expect(head.notices.map((notice) => notice.text)).toContainEqual(
      expect.stringMatching(/^No version number given/),
    );
  });

  it('several pacticipants to an environment: a specified one counts at its specified version', async () => {
    // Deploying web w2 with orders o2: o1 (in test) verified w2, o2 never did, so it is not a yes.
    const steps = [
      version('web', 'w1', 'main'),
      version('web', 'w2', 'main'),
      version('orders', 'o1', 'main'),
      version('orders', 'o2', 'main'),
      pact('web', 'w2', 'orders'),
      verify('orders', 'o1', 'web', 'w2'),
      { kind: 'deploy', pacticipant: 'orders', version: 'o1', environment: 'test' } as const,
    ];
    const ask = await given(steps);
    const both =
      '$-web&q[][version]=w2&q[][pacticipant]=$-orders&q[][version]=o2&latestby=cvpv&environment=$-test';
    const answer = await ask(`q[][pacticipant]=${both}`);
    expect(answer.summary.deployable).toBeNull();
    expect(answer.matrix).toMatchObject([
      { provider: { version: { number: 'o2' } }, verificationResult: null },
    ]);
    // Alone, web w2 goes against what runs there (o1), which verified it.
    expect(
      (await ask('q[][pacticipant]=$-web&q[][version]=w2&latestby=cvpv&environment=$-test')).summary
        .deployable,
    ).toBe(true);
  });

  it('a version with no integrations is deployable, as the Pact Broker answers: no pair is required', async () => {
    const ask = await given([version('lonely', 'l1', 'main')]);
    const answer = await ask('q[][pacticipant]=$-lonely&q[][version]=l1&latestby=cvp&latest=true');
    expect(answer.summary).toMatchObject({ deployable: true, reason: 'There are no missing dependencies' });
    expect(answer.matrix).toEqual([]);
    const missing = await ask('q[][pacticipant]=$-lonely&q[][version]=l9&latestby=cvp&latest=true');
    expect(missing.summary.deployable).toBe(false);
  });

  it('warns, in words, of what picks no version and of a query that names no environment', async () => {
    const ask = await given([
      version('web', 'w1', 'main'),
      version('orders', 'o1', 'main'),
      version('stock', 'x1', 'main'),
      {
        kind: 'pacts',
        consumer: 'web',
        version: 'w1',
        pacts: [
          { provider: 'orders', content: 'v0' },
          { provider: 'stock', content: 'v0' },
        ],
      },
      verify('orders', 'o1', 'web', 'w1'),
    ]);
    const texts = async (search: string) => (await ask(search)).notices.map((notice) => notice.text);
    // With orders specified and nothing of stock deployed in test: stock's pair is unknown, and said why.
    const together = await ask(
      'q[][pacticipant]=$-web&q[][version]=w1&q[][pacticipant]=$-orders&q[][version]=o1&latestby=cvpv&environment=$-test',
    );
    expect(together.summary).toMatchObject({ deployable: null, success: 1, unknown: 1 });
    expect(together.notices.map((notice) => notice.text)).toContainEqual(
      expect.stringMatching(/^No version of t\d+-stock is currently deployed or released in t\d+-test/),
    );
    expect(await texts('q[][pacticipant]=$-web&q[][version]=w1&latestby=cvp&latest=true')).toContainEqual(
      expect.stringMatching(/^No environment given/),
    );
    expect(
      await texts('q[][pacticipant]=$-web&q[][version]=w1&tag=prod&latestby=cvp&latest=true'),
    ).not.toContainEqual(expect.stringMatching(/^No environment given/));
    // An --ignore naming nothing that exists is said, not silently dropped.
    expect(
      await texts(
        'q[][pacticipant]=$-web&q[][version]=w1&latestby=cvp&latest=true&ignore[][pacticipant]=$-nobody',
      ),
    ).toContainEqual(expect.stringMatching(/^Cannot ignore t\d+-nobody: it does not exist/));
    expect(
      await texts(
        'q[][pacticipant]=$-web&q[][version]=w1&latestby=cvp&latest=true&ignore[][pacticipant]=$-orders',
      ),
    ).not.toContainEqual(expect.stringMatching(/^Cannot ignore/));
    // A selector that matches nothing says which, and is a no.
    const missing = await ask(
      'q[][pacticipant]=$-web&q[][latest]=true&q[][tag]=gone&latestby=cvp&latest=true',
    );
    expect(missing.summary).toMatchObject({ deployable: false });
    expect(missing.summary.reason).toMatch(
      /^No version of t\d+-web \(the latest version with tag gone\) exists/,
    );
  });
});
