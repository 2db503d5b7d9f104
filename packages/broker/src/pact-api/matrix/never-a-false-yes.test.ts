import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, type BrokerDeps } from '../../deps.js';
import { testEngine } from '../../testing/test-engine.js';
import { openTestStore } from '../testing/test-store.js';
import { readMatrixQuery } from './matrix-query.js';
import { answerMatrixQuery } from './matrix-service.js';
import { historyArbitrary, writeHistory } from './testing/matrix-history.js';
import { cliQueryString, queryArbitrary, resolveQuery, unverifiedPair } from './testing/matrix-model.js';

/**
 * Never a false yes: over random histories, every can-i-deploy / can-i-merge query form the Pact CLI sends
 * (`--to-environment`, `--to TAG`, no `--to`, `can-i-merge`; `--version`, `--latest [TAG]`, `--branch` with and
 * without `--latest`, `--main-branch`; one or two pacticipants) that answers `deployable: true` must have every
 * pair the Pact Broker requires verified, by an independent model of its rule (testing/matrix-model.ts).
 */
describe('the matrix never says yes when a required pair is not verified', () => {
  let deps: BrokerDeps;
  let close: () => Promise<void>;
  let run = 0;

  beforeAll(async () => {
    const opened = await openTestStore();
    close = opened.close;
    deps = { store: opened.store, engine: testEngine, limits: defaultLimits, auth: { mode: 'open' } };
  });
  afterAll(() => close?.());

  it('for every query form, a yes is a yes of the model', async () => {
    let yeses = 0;
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(
        historyArbitrary,
        fc.array(queryArbitrary, { minLength: 8, maxLength: 8 }),
        async (history, queries) => {
          // One store for the whole property; each run's names are its own.
          const prefix = `r${++run}`;
          await writeHistory(deps, history, prefix);
          for (const generated of queries) {
            const query = resolveQuery(history, generated);
            const search = cliQueryString(query, prefix);
            const answer = await answerMatrixQuery(deps, readMatrixQuery(search));
            answered += 1;
            if (answer.summary.deployable !== true) continue;
            yeses += 1;
            expect(
              unverifiedPair(history, query),
              `${search}\n${JSON.stringify(answer, null, 1)}`,
            ).toBeUndefined();
          }
        },
      ),
      { numRuns: 50 },
    );
    // The property says something only if yes answers happen.
    expect(yeses).toBeGreaterThan(answered / 20);
    // Budgeted by numRuns; the time limit only keeps a loaded machine from failing it.
  }, 300_000);
});
