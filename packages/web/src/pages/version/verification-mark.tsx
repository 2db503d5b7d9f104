import { When } from '../../components/when.js';

/** Whether (and when) a version was verified: a word with its colour, never colour alone. */
export function VerificationMark({
  mark,
  what,
}: {
  mark: { success: boolean; at: string } | null | undefined;
  /** What was verified: `spec`, `pact`. */
  what: string;
}) {
  if (mark == null) return <span className="muted">{what}: not verified</span>;
  return (
    <span className="verification-mark">
      <span className={`badge badge-${mark.success ? 'succeeded' : 'failed'}`}>
        {what} {mark.success ? 'verified' : 'failed'}
      </span>{' '}
      <small className="muted">
        <When at={mark.at} />
      </small>
    </span>
  );
}
