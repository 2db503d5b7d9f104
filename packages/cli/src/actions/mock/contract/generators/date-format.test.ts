import { describe, expect, it } from 'vitest';
import { formatDate } from './date-format.js';

const at = new Date(Date.UTC(2026, 0, 2, 15, 4, 5, 67));

describe('formatDate (Java DateTimeFormatter letters)', () => {
  it('formats the letters Pact generators use, with quoted literals', () => {
    expect(formatDate(at, 'yyyy-MM-dd')).toBe('2026-01-02');
    expect(formatDate(at, "yyyy-MM-dd'T'HH:mm:ss.SSSX")).toBe('2026-01-02T15:04:05.067Z');
    expect(formatDate(at, "dd/MM/yy hh:mm a 'o''clock'")).toBe("02/01/26 03:04 PM o'clock");
    expect(formatDate(at, "''HHmm")).toBe("'1504");
  });

  it('refuses a letter it does not know rather than guess', () => {
    expect(formatDate(at, 'EEE, dd MMM yyyy')).toBeUndefined();
    expect(formatDate(at, "yyyy 'unclosed")).toBeUndefined();
  });
});
