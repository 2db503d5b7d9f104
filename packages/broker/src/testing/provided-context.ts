/** Values the broker's vitest global setup provides to test files (see `global-setup.ts`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** An initdb'd, empty PGlite data directory; test files copy it instead of paying initdb again. */
    pgliteTemplate: string;
    /**
     * The same directory with this run's migrations applied: tests that do not test migrations copy it, so
     * each open skips them (~0.5 s of CPU instead of ~1.4 s). Built by every run, so never older than the code.
     */
    pgliteMigratedTemplate: string;
  }
}

export {};
