// `npm run build:web`: type-checks the UI and bundles it with Vite, unless the bundle in packages/web/dist was
// built from exactly these inputs (scripts/build-cache.js). `npm ci`'s `prepare` builds it, so `npm test` right
// after skips ~20 s of CPU. SIGNET_BUILD_FORCE=1 builds it regardless.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildUnlessCurrent } from './build-cache.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const outcome = await buildUnlessCurrent({
  root,
  // What the type check and the bundle read: the UI's own files, the compiled client and core it imports (Vite
  // resolves them to dist/), the locked dependency versions, and this recipe.
  inputs: [
    'packages/web/src',
    'packages/web/index.html',
    'packages/web/vite.config.ts',
    'packages/web/package.json',
    'packages/web/tsconfig.json',
    'tsconfig.base.json',
    'packages/client/dist',
    'packages/core/dist',
    'package-lock.json',
    'scripts/build-web.js',
    'scripts/build-cache.js',
  ],
  output: `${root}packages/web/dist/index.html`,
  // Inside dist/, which Vite empties first, so a failed build leaves no stamp; the broker serves only dist/assets/.
  stamp: `${root}packages/web/dist/.inputs.sha256`,
  force: process.env['SIGNET_BUILD_FORCE'] === '1',
  build: () =>
    [
      [npx, ['tsc', '-p', 'packages/web']],
      [npm, ['run', 'build', '-w', '@signet/web']],
    ].every(([command, args]) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0),
});
if (outcome === 'skipped')
  process.stdout.write('build:web: packages/web/dist is current (inputs unchanged), not rebuilt\n');
process.exit(outcome === 'failed' ? 1 : 0);
