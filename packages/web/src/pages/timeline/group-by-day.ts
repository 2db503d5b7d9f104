/** Items grouped by their local calendar day, in the order given (newest first stays newest first). */
export function groupByDay<T>(
  items: readonly T[],
  at: (item: T) => string,
): Array<{ day: string; items: T[] }> {
  const groups: Array<{ day: string; items: T[] }> = [];
  for (const item of items) {
    const day = localDay(new Date(at(item)));
    const last = groups[groups.length - 1];
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** `YYYY-MM-DD` of the local calendar day (what a date input holds). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A day's heading: "Today", "Yesterday", else the date written out in the reader's locale. */
export function dayHeading(day: string, now: Date = new Date()): string {
  if (day === localDay(now)) return 'Today';
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (day === localDay(yesterday)) return 'Yesterday';
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d).toLocaleDateString(undefined, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

/** The instant a local day starts, as the API's `since`/`until` take it; `after`: the next day's start. */
export function dayStart(day: string, after = false): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (after ? 1 : 0));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
