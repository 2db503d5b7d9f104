// Lets a build step skip work whose inputs have not changed since its output was written: `npm ci`'s `prepare`
// builds everything, and `npm test` straight after would build the same again. The key is a SHA-256 of the inputs'
// paths and contents (never mtimes: a checkout, a copy or a clock sets those), stored beside the output once the
// step has succeeded; a missing output, a missing stamp or any changed byte means the step runs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `entries` (files or folders, relative to `root`), sorted, skipping `node_modules`. */
function listFiles(root, entries) {
  const files = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (!statSync(path).isDirectory()) return void files.push(path);
    for (const name of readdirSync(path)) if (name !== 'node_modules') walk(join(path, name));
  };
  for (const entry of entries) walk(join(root, entry));
  return files.map((file) => relative(root, file).replaceAll('\\', '/')).sort();
}

/** The inputs' key: each file's path and content. A file added, removed, renamed or edited changes it. */
export function inputsHash(root, entries) {
  const hash = createHash('sha256');
  for (const file of listFiles(root, entries)) {
    const content = readFileSync(join(root, file));
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex');
}

/** True when `output` exists and `stamp` records `hash`: the step's result for these inputs is already there. */
export function isCurrent(output, stamp, hash) {
  if (!existsSync(output) || !existsSync(stamp)) return false;
  return readFileSync(stamp, 'utf8').trim() === hash;
}

/** Records that `output` was built from inputs with `hash`; call only after the step succeeded. */
export function writeStamp(stamp, hash) {
  writeFileSync(stamp, `${hash}\n`);
}

/**
 * Runs `build` unless `output` was built from the current `inputs` (under `root`); stamps the output once `build`
 * returns true. The inputs are hashed before the build starts, so an input edited during it leaves a stamp that no
 * longer matches and the next run builds again. Resolves 'skipped', 'built' or 'failed'.
 * @param {{ root: string, inputs: string[], output: string, stamp: string,
 *   build: () => boolean | Promise<boolean>, force?: boolean }} step
 * @returns {Promise<'skipped' | 'built' | 'failed'>}
 */
export async function buildUnlessCurrent({ root, inputs, output, stamp, build, force = false }) {
  const hash = inputsHash(root, inputs);
  if (!force && isCurrent(output, stamp, hash)) return 'skipped';
  if (!(await build())) return 'failed';
  writeStamp(stamp, hash);
  return 'built';
}
