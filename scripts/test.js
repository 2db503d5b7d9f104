// `npm test [-- vitest options]`: the build, then vitest, with lint and the tests' type check beside them. Neither
// needs the tests to wait: lint (ESLint with type-aware rules, then dependency-cruiser) reads sources only, and the
// type check (`typecheck:tests`) reads the build's declarations, so both start as soon as they can and run while
// vitest does, on cores its workers leave idle between files. Their output is printed whole when each ends; the run
// fails if the build, lint, the type check or a test fails.
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

/** Runs an npm script with its output held, then prints its verdict and output; resolves its exit status. */
const beside = (script) =>
  run(npm, ['run', script], true).then(({ status, output }) => {
    process.stdout.write(`\n> ${script}: ${status === 0 ? 'ok' : `failed (${status})`}\n`);
    process.stdout.write(output);
    return status;
  });

const lint = beside('lint');
const built = await run(npm, ['run', 'build'], false);
const typecheck = built.status === 0 ? beside('typecheck:tests') : Promise.resolve(1);
const tests =
  built.status === 0 ? (await run(npx, ['vitest', 'run', ...process.argv.slice(2)], false)).status : 1;
if (built.status !== 0) process.stdout.write(`\n> build: failed (${built.status}), no test run\n`);
const [linted, typed] = await Promise.all([lint, typecheck]);
if (linted !== 0) process.stdout.write(`\n> lint failed (${linted}): see its output above\n`);
if (built.status === 0 && typed !== 0)
  process.stdout.write(`\n> typecheck:tests failed (${typed}): see its output above\n`);
// Ctrl-C reaches the children through the terminal's process group; nothing is left to clean up here.
process.exit(built.status === 0 && tests === 0 && linted === 0 && typed === 0 ? 0 : 1);
