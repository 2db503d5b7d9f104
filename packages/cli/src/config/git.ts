import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `git <args>` in `cwd`, trimmed; undefined outside a repository or without git. */
async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
    const value = stdout.trim();
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

/** The commit checked out in `cwd` (`git rev-parse HEAD`). */
export const gitCommit = (cwd: string) => git(cwd, ['rev-parse', 'HEAD']);

/** The branch checked out in `cwd`; undefined on a detached HEAD (as in many CI checkouts). */
export async function gitBranch(cwd: string): Promise<string | undefined> {
  const branch = await git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']);
  return branch === 'HEAD' ? undefined : branch;
}
