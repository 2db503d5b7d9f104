import type { FindingCode } from '@signet/core';
import type { ExchangeVerdict } from './drift-finding.js';

/** Past this many, drifting exchanges are counted but not kept for the report file (a long run stays bounded). */
export const KEPT_DRIFTS = 1000;

/** Findings kept and printed per exchange (a large body can break its schema in thousands of places). */
export const KEPT_FINDINGS = 20;

/** What a validating run found, as `--json` prints it and `--drift-report` writes it. */
export interface DriftSummary {
  spec: string;
  /** Exchanges checked (answered by the target). */
  checked: number;
  /** Exchanges with at least one finding. */
  drifted: number;
  /** CORS preflights the spec does not describe, passed without a check. */
  preflights: number;
  requestDrifts: number;
  responseDrifts: number;
  /** Findings by code, most frequent first. */
  codes: Array<{ code: FindingCode; count: number; operations: string[] }>;
  /** The first {@link KEPT_DRIFTS} drifting exchanges with their findings. */
  exchanges: ExchangeVerdict[];
  /** Drifting exchanges left out of `exchanges`. */
  omitted: number;
}

/** Tallies verdicts as they come and keeps the drifting ones (up to a bound). */
export class DriftLog {
  private checked = 0;
  private preflights = 0;
  private requestDrifts = 0;
  private responseDrifts = 0;
  private readonly drifts: ExchangeVerdict[] = [];
  private omitted = 0;
  private readonly codes = new Map<FindingCode, { count: number; operations: Set<string> }>();

  constructor(private readonly spec: string) {}

  /** Counts a CORS preflight the spec does not describe (not checked). */
  preflight(): void {
    this.preflights += 1;
  }

  add(verdict: ExchangeVerdict): void {
    this.checked += 1;
    if (verdict.findings.length === 0) return;
    if (verdict.findings.some((f) => f.side === 'request')) this.requestDrifts += 1;
    if (verdict.findings.some((f) => f.side === 'response')) this.responseDrifts += 1;
    if (this.drifts.length < KEPT_DRIFTS) this.drifts.push(kept(verdict));
    else this.omitted += 1;
    for (const finding of verdict.findings) {
      const tally = this.codes.get(finding.code) ?? { count: 0, operations: new Set<string>() };
      tally.count += 1;
      tally.operations.add(verdict.operation ?? `${verdict.method} ${verdict.url.split('?')[0]}`);
      this.codes.set(finding.code, tally);
    }
  }

  summary(): DriftSummary {
    const codes = [...this.codes]
      .map(([code, { count, operations }]) => ({ code, count, operations: [...operations].slice(0, 20) }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    return {
      spec: this.spec,
      checked: this.checked,
      drifted: this.drifts.length + this.omitted,
      preflights: this.preflights,
      requestDrifts: this.requestDrifts,
      responseDrifts: this.responseDrifts,
      codes,
      exchanges: this.drifts,
      omitted: this.omitted,
    };
  }
}

/** The verdict with its first {@link KEPT_FINDINGS} findings, and how many were left out. */
function kept(verdict: ExchangeVerdict): ExchangeVerdict {
  if (verdict.findings.length <= KEPT_FINDINGS) return verdict;
  const omittedFindings = verdict.findings.length - KEPT_FINDINGS;
  return { ...verdict, findings: verdict.findings.slice(0, KEPT_FINDINGS), omittedFindings };
}

/** The lines printed for one drifting exchange (its first {@link KEPT_FINDINGS} findings). */
export function driftLines(verdict: ExchangeVerdict): string {
  const shown = kept(verdict);
  const more = shown.omittedFindings ? `      … and ${shown.omittedFindings} more finding(s)\n` : '';
  const operation = verdict.operation ? ` (${verdict.operation})` : '';
  const head = `  ✗ ${verdict.method} ${verdict.url} → ${verdict.status}${operation}\n`;
  return (
    head +
    shown.findings
      .map((f) => `      error ${f.code} [${f.side} ${f.location}] ${oneLine(f.message)}\n`)
      .join('') +
    more
  );
}

/** The closing lines: how many exchanges were checked and drifted, and each code's count. */
export function summaryLines(summary: DriftSummary): string {
  const head =
    `drift against ${summary.spec}: ${summary.checked} exchange(s) checked, ${summary.drifted} drifted ` +
    `(${summary.requestDrifts} with request findings, ${summary.responseDrifts} with response findings)` +
    (summary.preflights > 0 ? `; ${summary.preflights} CORS preflight(s) not checked` : '') +
    '\n';
  return head + summary.codes.map((c) => `  ${c.count} × ${c.code}: ${c.operations.join(', ')}\n`).join('');
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
