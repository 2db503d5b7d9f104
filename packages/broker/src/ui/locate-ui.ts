import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the built web UI lives: `@signet/web`'s `dist/` (a dependency of the broker, located at run time so the
 * broker never imports web code). Undefined when the package cannot be found at all.
 */
export function locateUiDir(): string | undefined {
  try {
    const packageJson = createRequire(import.meta.url).resolve('@signet/web/package.json');
    return join(dirname(packageJson), 'dist');
  } catch {
    return undefined;
  }
}
