// `npm test [-- vitest options]`: lint beside the build and the tests' type check, and vitest as soon as those two
// are done, while lint may still run. Lint (ESLint with type-aware rules, then dependency-cruiser) is the longest
// step before the tests and needs no build; waiting for it left one of two cores idle for the last part of it.
// Lint's output is printed whole when it ends; the run fails if lint, the build, the type check or a test fails.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/**
 * Runs a command; resolves its exit status, with its output when `buffered` (else it goes straight through).
 * @param {string} command
 * @param {string[]} args
 * @param {boolean} buffered
 * @returns {Promise<{ status: number, output: Buffer }>}
 */
function run(command, args, buffered) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    let ended = false;
    const done = (status) => {
      if (ended) return;
      ended = true;
      resolve({ status, output: Buffer.concat(output) });
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

const lint = run(npm, ['run', 'lint'], true).then(({ status, output }) => {
  process.stdout.write(`\n> lint: ${status === 0 ? 'ok' : `failed (${status})`}\n`);
  process.stdout.write(output);
  return status;
});
const built = await run(npm, ['run', 'build:typecheck-tests'], false);
const tests =
  built.status === 0 ? (await run(npx, ['vitest', 'run', ...process.argv.slice(2)], false)).status : 1;
if (built.status !== 0)
  process.stdout.write(`\n> build:typecheck-tests: failed (${built.status}), no test run\n`);
const linted = await lint;
if (linted !== 0) process.stdout.write(`\n> lint failed (${linted}): see its output above\n`);
// Ctrl-C reaches the children through the terminal's process group; nothing is left to clean up here.
process.exit(built.status === 0 && tests === 0 && linted === 0 ? 0 : 1);
