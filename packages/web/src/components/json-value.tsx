/** A JSON value, pretty-printed and bounded (a schema can be large); nothing for undefined. */
export function JsonValue({ value, max = 4000 }: { value: unknown; max?: number }) {
  if (value === undefined) return null;
  const text = JSON.stringify(value, null, 2) ?? 'undefined';
  return <pre className="json">{text.length > max ? `${text.slice(0, max)}\n…` : text}</pre>;
}
