import type { Io } from '../../output/io.js';

/**
 * Progress on stderr while requests run: a line at every tenth of the total (and at the end), with failures so far.
 * Returns the function to call after each request.
 */
export function progressReporter(io: Io, total: number): (passed: boolean) => void {
  let done = 0;
  let failed = 0;
  let nextMark = 1;
  return (passed) => {
    done++;
    if (!passed) failed++;
    if (done * 10 >= nextMark * total || done === total) {
      while (done * 10 >= nextMark * total) nextMark++;
      io.err(`  ${done}/${total} requests sent, ${failed} failed\n`);
    }
  };
}
