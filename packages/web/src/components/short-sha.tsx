/** The first 8 characters of a sha256, the whole one on hover. */
export function ShortSha({ sha }: { sha: string | null }) {
  if (sha === null) return <span className="muted">none</span>;
  return (
    <code className="sha" title={sha}>
      {sha.slice(0, 8)}
    </code>
  );
}
