/** A status word with its colour (never colour alone): compatible, incompatible, unknown, safe, unsafe… */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{status}</span>;
}
