/**
 * Formats a date with the Java DateTimeFormatter letters Pact generators are written in (`yyyy-MM-dd`,
 * `HH:mm:ss.SSSXXX`, `'T'` literals), in UTC. A letter it does not know gives `undefined`, so the caller keeps
 * the contract's example instead of sending a value the consumer's pattern may not accept.
 *
 * @example formatDate(new Date(Date.UTC(2026, 0, 2)), "yyyy-MM-dd") // '2026-01-02'
 */
export function formatDate(date: Date, format: string): string | undefined {
  let out = '';
  for (let i = 0; i < format.length;) {
    const char = format[i] as string;
    if (char === "'") {
      const quoted = /^'((?:[^']|'')*)'/.exec(format.slice(i));
      if (!quoted) return undefined;
      // '' is a quote itself, inside a literal or alone.
      out += quoted[0] === "''" ? "'" : (quoted[1] as string).replace(/''/g, "'");
      i += quoted[0].length;
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      out += char;
      i += 1;
      continue;
    }
    let run = 1;
    while (format[i + run] === char) run += 1;
    const field = formatField(date, char, run);
    if (field === undefined) return undefined;
    out += field;
    i += run;
  }
  return out;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function formatField(date: Date, letter: string, run: number): string | undefined {
  const hours = date.getUTCHours();
  switch (letter) {
    case 'y':
    case 'u':
      return run === 2 ? pad(date.getUTCFullYear() % 100, 2) : pad(date.getUTCFullYear(), run);
    case 'M':
      return run <= 2 ? pad(date.getUTCMonth() + 1, run) : undefined;
    case 'd':
      return pad(date.getUTCDate(), run);
    case 'H':
      return pad(hours, run);
    case 'h':
      return pad(hours % 12 === 0 ? 12 : hours % 12, run);
    case 'm':
      return pad(date.getUTCMinutes(), run);
    case 's':
      return pad(date.getUTCSeconds(), run);
    case 'S':
      return pad(date.getUTCMilliseconds(), 3).slice(0, run).padEnd(run, '0');
    case 'a':
      return hours < 12 ? 'AM' : 'PM';
    case 'X':
      return 'Z';
    case 'Z':
      return '+0000';
    default:
      return undefined;
  }
}
