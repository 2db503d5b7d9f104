/** A timestamp in the reader's locale, machine-readable in `dateTime`. */
export function When({ at }: { at: string | null }) {
  if (at === null) return <span className="muted">—</span>;
  const date = new Date(at);
  return (
    <time dateTime={at} title={at}>
      {date.toLocaleString()}
    </time>
  );
}
