import type { DeployCheck } from './check-deploy.js';

/** How long to keep asking while the verdict is unknown (e.g. a verification still running in CI). */
export interface RetryWhileUnknown {
  /** How many more times to ask after the first answer; 0 asks once. */
  retries: number;
  intervalMs: number;
  /** Told before each wait: which retry comes next (1-based) and the unknown answer it follows. */
  onWait: (retry: number, check: DeployCheck) => void;
  /** How to wait (tests pass a quick one). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Asks with `check` until the verdict is safe or unsafe, or the retries are used; resolves to the last
 * answer (still `unknown` when they ran out).
 *
 * @example await checkUntilKnown(() => checkDeploy(client, query), { retries: 5, intervalMs: 10_000, onWait })
 */
export async function checkUntilKnown(
  check: () => Promise<DeployCheck>,
  retry: RetryWhileUnknown,
): Promise<DeployCheck> {
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let answer = await check();
  for (let n = 1; n <= retry.retries && answer.verdict === 'unknown'; n += 1) {
    retry.onWait(n, answer);
    await sleep(retry.intervalMs);
    answer = await check();
  }
  return answer;
}
