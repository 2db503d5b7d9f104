import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds a lock: enough to tell later whether that very process still runs. The pid alone is not: pids
 * are reused (a container's broker is often pid 1 on every start), so Linux's boot id and the process's
 * start time are kept too when the system tells them.
 */
export interface ProcessIdentity {
  pid: number;
  host: string;
  bootId?: string;
  /** Start time in clock ticks since boot (`/proc/<pid>/stat`, field 22). */
  startTicks?: string;
}

/** This process's identity. */
export function currentProcess(): ProcessIdentity {
  const bootId = readBootId();
  const startTicks = startTicksOf(process.pid);
  return {
    pid: process.pid,
    host: hostname(),
    ...(bootId === undefined ? {} : { bootId }),
    ...(startTicks === undefined ? {} : { startTicks }),
  };
}

/**
 * `running`: that process is alive; `gone`: it certainly is not; `unknown`: it ran on another host, so this
 * one cannot tell (callers must then not assume it has gone).
 */
export function processState(holder: ProcessIdentity): 'running' | 'gone' | 'unknown' {
  if (holder.host !== hostname()) return 'unknown';
  const bootId = readBootId();
  if (holder.bootId !== undefined && bootId !== undefined && holder.bootId !== bootId) return 'gone';
  if (!pidAlive(holder.pid)) return 'gone';
  const startTicks = startTicksOf(holder.pid);
  if (holder.startTicks !== undefined && startTicks !== undefined && holder.startTicks !== startTicks)
    return 'gone';
  return 'running';
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function startTicksOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; fields after it start at field 3.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
