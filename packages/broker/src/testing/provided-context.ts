/** Values the broker's vitest global setup provides to test files (see `global-setup.ts`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** An initdb'd, empty PGlite data directory; test files copy it instead of paying initdb again. */
    pgliteTemplate: string;
  }
}

export {};
