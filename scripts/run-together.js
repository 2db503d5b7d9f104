// `node scripts/run-together.js <npm script>...`: runs the npm scripts at the same time and exits 1 if any failed.
// `npm test` checks types and lint this way: each is one single-threaded process, so on two cores they take the
// time of the longer one instead of the sum. Each script's output is printed whole when it ends, not interleaved.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  process.stderr.write('usage: node scripts/run-together.js <npm script>...\n');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(name) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    let ended = false;
    const done = (status) => {
      if (ended) return;
      ended = true;
      process.stdout.write(`\n> ${name}: ${status === 0 ? 'ok' : `failed (${status})`}\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(status);
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

// Ctrl-C reaches the children through the terminal's process group; nothing is left to clean up here.
const statuses = await Promise.all(names.map(run));
process.exit(statuses.every((status) => status === 0) ? 0 : 1);
