/** What every benchmark section module (`scripts/bench/<name>.ts`) exports, so `scripts/bench.js` can run it. */
export interface BenchOptions {
  /** Rounds for fast runners (Signet); medians are quoted. */
  signetRounds: number;
  /** Rounds for slow runners (PactFlow's comparator). */
  pactflowRounds: number;
}

/** Runs the benchmark and returns its markdown section (starting with a `##` heading). */
export type RunSection = (options: BenchOptions) => Promise<string>;
