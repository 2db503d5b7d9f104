import { describe, expect, it } from 'vitest';
import { dayHeading, dayStart, groupByDay, localDay } from './group-by-day.js';

describe('timeline days', () => {
  it('groups newest-first items by local day, keeping their order', () => {
    const at = (y: number, m: number, d: number, h: number) => new Date(y, m - 1, d, h).toISOString();
    const items = [at(2026, 12, 3, 9), at(2026, 12, 3, 1), at(2026, 12, 1, 23), at(2026, 11, 30, 8)];
    expect(groupByDay(items, (x) => x).map((g) => [g.day, g.items.length])).toEqual([
      ['2026-12-03', 2],
      ['2026-12-01', 1],
      ['2026-11-30', 1],
    ]);
  });

  it('heads today and yesterday by name, and turns a day into the instants the API filters on', () => {
    const now = new Date(2026, 11, 3, 10);
    expect(dayHeading('2026-12-03', now)).toBe('Today');
    expect(dayHeading('2026-12-02', now)).toBe('Yesterday');
    expect(dayHeading('2026-11-30', now)).toContain('2026');
    expect(localDay(new Date(dayStart('2026-12-31')!))).toBe('2026-12-31');
    expect(localDay(new Date(dayStart('2026-12-31', true)!))).toBe('2027-01-01');
    expect(dayStart('yesterday')).toBeUndefined();
  });
});
