import path from 'node:path';

/**
 * A file as reports name it: relative to the working directory, with `/` (what GitHub annotations and SARIF
 * resolve against the checkout); an absolute path outside the working directory stays absolute.
 *
 * @example displayPath('/repo/specs/api.yaml', '/repo') // 'specs/api.yaml'
 */
export function displayPath(given: string, cwd: string): string {
  const absolute = path.resolve(cwd, given);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolute;
  return relative.split(path.sep).join('/');
}
