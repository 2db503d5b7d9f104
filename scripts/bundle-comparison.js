// Bundles `@signet/core/comparison` (core's ~250 compiled modules on `signet compare`'s path) into one file,
// packages/core/dist/comparison.bundle.js, after `tsc -b`: loading one module instead of hundreds saves about
// half of what importing them costs (measured for issue 13). Third-party packages stay external, so they
// resolve from core's own directory as before. The manifest beside it lists every compiled module the bundle
// holds with its mtime, size and SHA-1; `comparison-loader.ts` uses the bundle only while all of them still
// match, so a `tsc -b` without this step falls back to the compiled modules instead of running stale code.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const dist = fileURLToPath(new URL('../packages/core/dist/', import.meta.url));
const bundleName = 'comparison.bundle.js';

const bundle = await rolldown({
  input: `${dist}comparison.js`,
  platform: 'node',
  // Bare specifiers (ajv, re2js, node:…) stay imports: only core's own relative modules are bundled.
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  logLevel: 'warn',
});
try {
  const { output } = await bundle.write({
    file: `${dist}${bundleName}`,
    format: 'esm',
    codeSplitting: false,
  });
  const modules = output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []));
  const inputs = modules
    .filter((id) => id.startsWith(dist))
    .map((id) => {
      const { mtimeMs, size } = statSync(id);
      const sha1 = createHash('sha1').update(readFileSync(id)).digest('hex');
      return { path: relative(dist, id), mtimeMs, size, sha1 };
    });
  writeFileSync(`${dist}comparison.bundle.json`, JSON.stringify({ bundle: bundleName, inputs }));
  console.error(`bundled ${inputs.length} modules of @signet/core/comparison into dist/${bundleName}`);
} finally {
  await bundle.close();
}
