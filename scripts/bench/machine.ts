/** Describes the machine a benchmark ran on, for the "measured on" line of each section. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { node22 } from './paths.js';

/** One line: date, CPU, cores, RAM, Node version(s), load. `withNode22` adds the Node 22 that runs PactFlow's comparator. */
export function machineLine({ withNode22 = false } = {}): string {
  const cpu =
    /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  const ramGb = (totalmem() / 1024 ** 3).toFixed(1);
  const load = loadavg()[0]!.toFixed(2);
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    `Measured ${date} on ${cpu}, ${cpus().length} cores, ${ramGb} GB RAM, ` +
    `Node ${process.versions.node}${withNode22 ? ` (Signet) and ${node22Version()} (PactFlow)` : ''}; ` +
    `1-minute load average at start ${load}.`
  );
}

function node22Version(): string {
  try {
    return `Node ${execFileSync(node22, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '')}`;
  } catch {
    return 'Node 22 (not found)';
  }
}
