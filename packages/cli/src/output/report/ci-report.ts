/**
 * One command's result in the shape every CI writer reads (JUnit, GitHub, Markdown, SARIF): a suite of cases
 * (an interaction, an operation or a deploy-guard requirement), each with its problems and where they are.
 */
export interface CiReport {
  /** The command, e.g. `signet compare`: the JUnit suite and the SARIF tool. */
  command: string;
  /** What was checked, e.g. `cart's contract against inventory's spec`. */
  title: string;
  passed: boolean;
  /** The verdict in one line, e.g. `incompatible: 2 error(s), 1 warning(s)`. */
  summary: string;
  cases: CiCase[];
  durationMs?: number;
}

/** One testcase: it fails when `failed` is set, whatever levels its problems have. */
export interface CiCase {
  /** Groups cases, e.g. the contract file or the provider (JUnit's classname). */
  group: string;
  name: string;
  failed: boolean;
  problems: CiProblem[];
  /** Why it was not (fully) run, e.g. no generated requests. */
  skipped?: string;
}

export type CiLevel = 'error' | 'warning' | 'note';

export interface CiProblem {
  level: CiLevel;
  /** Stable identifier: a finding code, a check name, a reason kind. */
  code: string;
  message: string;
  /** More lines: the values, the spec location, the curl line to replay. */
  detail?: string;
  /** Where the problem is (for a comparison: the interaction in the contract). */
  location?: SourceLocation;
  /** Other places that take part (for a comparison: the spec's schema or operation). */
  related?: SourceLocation[];
}

/** A place in a local file: the path as the user gave it, relative to the working directory where possible. */
export interface SourceLocation {
  file: string;
  /** 1-based; absent when the file is known but not the line. */
  line?: number;
}
