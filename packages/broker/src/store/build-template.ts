import { ensureTemplate } from './pglite-template.js';

/**
 * `node packages/broker/dist/store/build-template.js`, run by the build: initialises and migrates the embedded
 * database template a broker's first start copies (skipped when the template is current).
 */
const started = Date.now();
const outcome = await ensureTemplate(async (dataDir) => {
  process.stdout.write('broker: building the embedded database template (once per install, ~20 s)\n');
  const { openDatabase } = await import('./open-database.js');
  const database = await openDatabase({ kind: 'embedded', dataDir }, { templateDir: `${dataDir}.none` });
  await database.close();
});
if (outcome === 'built')
  process.stdout.write(`broker: embedded database template built in ${Date.now() - started} ms\n`);
