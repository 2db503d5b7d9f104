import { stat } from 'node:fs/promises';
import path from 'node:path';
import { rcFileName } from './rc-file.js';

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * The directory whose `.signetrc.yaml` applies in `cwd`: the nearest one from `cwd` up to the root of the git
 * repository `cwd` is in (a monorepo keeps one at its root). Outside a repository only `cwd` is looked in, so a
 * stray file higher up never applies. Undefined when there is none.
 */
export async function locateRcDir(cwd: string): Promise<string | undefined> {
  const start = path.resolve(cwd);
  const gitRoot = await findGitRoot(start);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (await exists(path.join(dir, rcFileName))) return dir;
    if (gitRoot === undefined || dir === gitRoot || path.dirname(dir) === dir) return undefined;
  }
}

/** The nearest directory at or above `dir` holding `.git` (a directory, or a file in worktrees and submodules). */
async function findGitRoot(dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = path.dirname(at)) {
    if (await exists(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}
