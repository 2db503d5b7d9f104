import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that take many seconds each, slowest first (a clean-clone CI run, hooks included). Started first, they
 * run beside the hundreds of short files instead of one of them starting last and leaving the other workers idle.
 * Only an order: a file missing here runs anyway (see `unlistedTier`), a renamed one just loses its head start.
 * The first ten are the quiet run's slowest (docs/benchmarks.md, "Test suite time").
 */
export const slowTestFiles: readonly string[] = [
  'e2e/attack/redos.attack.test.ts',
  'e2e/attack/process.attack.test.ts',
  'e2e/attack/auth.attack.test.ts',
  'e2e/attack/input.attack.test.ts',
  'e2e/ui/every-page.test.ts',
  'e2e/attack/fuzz.attack.test.ts',
  'packages/broker/src/pact-api/matrix/never-a-false-yes.test.ts',
  'e2e/ui/ui.test.ts',
  'e2e/ui/admin-and-states.test.ts',
  'packages/broker/src/webhooks/crash-recovery.process.test.ts',
  'packages/broker/src/pact-api/pact-cli-webhooks.test.ts',
  'e2e/ui/large-history.test.ts',
  'e2e/reference-workflow.test.ts',
  'packages/broker/src/pact-api/pact-cli-more.test.ts',
  'e2e/ui/contracts-specs-in-full.test.ts',
  'packages/broker/src/engine-pool/pool-under-load.test.ts',
  'e2e/ui/lens-timeline.test.ts',
  'packages/broker/src/webhooks/webhook-routes.test.ts',
  'packages/broker/src/live/live-routes.test.ts',
  'packages/cli/src/commands/test.broker.test.ts',
  'packages/broker/src/http/log-safe-error.test.ts',
  'packages/broker/src/pact-api/pacts/pact-badge-routes.test.ts',
  'packages/broker/src/run-broker.test.ts',
  'packages/broker/src/webhooks/delivery.process.test.ts',
  'packages/broker/src/pact-api/can-i-deploy/can-i-deploy-url-routes.test.ts',
  'packages/broker/src/pact-api/pact-cli-publish.test.ts',
  'e2e/ui/verifications-contracts-at-scale.test.ts',
  'packages/cli/src/commands/deploy-guard-formats.broker.test.ts',
  'packages/broker/src/http/rate-limit.test.ts',
  'packages/broker/src/pact-api/pact-cli-matrix.test.ts',
  'packages/broker/src/pact-api/pact-cli.test.ts',
  'packages/cli/src/commands/deploy-guard.broker.test.ts',
  'packages/broker/src/webhooks/store/pact-triggers-store.test.ts',
  'packages/broker/src/events/event-routes.test.ts',
  'packages/client/src/deployments.test.ts',
  'packages/cli/src/commands/publish.broker.test.ts',
  // 9–11 s each and, in vitest's order, the last files of the run (18:27 UTC CI run: both started after 525 s).
  'scripts/package-contents.test.ts',
  'packages/core/src/specs/load-spec.ajv.test.ts',
];

/**
 * Where a file missing from the list goes (0 first): a new file of a kind that is slow by nature still starts
 * early instead of last beside idle workers. Real broker processes and Chromium take 10–50 s a file; other
 * processes, property tests and the rest of e2e several; a broker-project file opens a database (a second or two).
 */
export function unlistedTier(file: string, project: string): number {
  if (/^e2e\/(attack|ui)\//.test(file)) return 0;
  if (/\.(process|property)\.test\.ts$/.test(file) || file.startsWith('e2e/')) return 1;
  if (project === 'broker') return 2;
  return 3;
}

/** vitest's own order (its cache of durations, else file size), with the known slow files moved to the front. */
export class SlowTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const rank = (spec: TestSpecification): number => {
      const file = relative(root, spec.moduleId).replaceAll('\\', '/');
      const at = slowTestFiles.indexOf(file);
      return at === -1 ? slowTestFiles.length + unlistedTier(file, spec.project.name) : at;
    };
    // Array sort is stable: files of equal rank keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
