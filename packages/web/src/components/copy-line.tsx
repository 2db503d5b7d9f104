import { useState } from 'react';

/** A command line to copy: shown in full, with a Copy button that says when it worked. */
export function CopyLine({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  return (
    <div className="copy-line">
      <code data-testid="copy-line">{text}</code>
      <button type="button" onClick={() => void copy()} aria-label={`Copy ${label}`}>
        Copy
      </button>
      <span role="status" className="muted">
        {copied === 'yes' ? 'copied' : copied === 'no' ? 'select the line and copy it by hand' : ''}
      </span>
    </div>
  );
}
