/**
 * Layering rules (docs/architecture.md): core imports nothing of ours; client imports nothing of ours;
 * broker → core; cli → core, client; web → client. Tests may import anything.
 */
const notTest = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core is the pure engine: it must not depend on broker, client, cli or web',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: notTest },
      to: { path: '^packages/(broker|client|cli|web)/' },
    },
    {
      name: 'core-has-no-io',
      comment: 'core does no network I/O (file reads only for local $refs)',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: notTest },
      to: { path: '^(http|https|net|dgram|child_process|worker_threads)$', dependencyTypes: ['core'] },
    },
    {
      name: 'client-stands-alone',
      severity: 'error',
      from: { path: '^packages/client/src', pathNot: notTest },
      to: { path: '^packages/(core|broker|cli|web)/' },
    },
    {
      name: 'broker-uses-only-core',
      severity: 'error',
      from: { path: '^packages/broker/src', pathNot: notTest },
      to: { path: '^packages/(client|cli|web)/' },
    },
    {
      name: 'cli-uses-core-and-client',
      severity: 'error',
      from: { path: '^packages/cli/src', pathNot: notTest },
      to: { path: '^packages/(broker|web)/' },
    },
    {
      name: 'web-uses-only-client',
      severity: 'error',
      from: { path: '^packages/web/src', pathNot: notTest },
      to: { path: '^packages/(core|broker|cli)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|test-fixtures)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      conditionNames: ['@signet/source', 'import', 'default'],
      exportsFields: ['exports'],
    },
  },
};
