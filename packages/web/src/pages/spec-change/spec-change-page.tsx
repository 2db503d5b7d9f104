import type { SpecImpactAnswer } from '@signet/client';
import { useState } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { ErrorMessage } from '../../components/error-message.js';
import { PageTitle } from '../../components/page-title.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { ImpactView } from './impact-view.js';
import { SpecChangeForm, type SpecChangeInput } from './spec-change-form.js';
import './spec-change.css';

/**
 * "Check a spec change": paste or upload a candidate spec, and see every change from the provider's latest spec
 * with the consumers it would break, by consumer and by operation. Nothing is stored.
 */
export function SpecChangePage({ name }: { name: string }) {
  const { client } = useBroker();
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'done'; answer: SpecImpactAnswer }
    | { kind: 'error'; error: unknown; input: SpecChangeInput }
  >({ kind: 'idle' });
  const check = (input: SpecChangeInput) => {
    setState({ kind: 'busy' });
    client.specImpact.check(name, input).then(
      (answer) => setState({ kind: 'done', answer }),
      (error: unknown) => setState({ kind: 'error', error, input }),
    );
  };
  return (
    <>
      <PageTitle title={`Check a spec change: ${name}`} />
      <p className="muted">
        Compared with <Link href={hrefs.service(name)}>{name}</Link>’s latest spec; each change is checked
        against the contracts of the consumers that count. Nothing is published.
      </p>
      <SpecChangeForm busy={state.kind === 'busy'} onCheck={check} />
      {state.kind === 'error' && (
        <ErrorMessage error={state.error} what="checking the change" onRetry={() => check(state.input)} />
      )}
      {state.kind === 'done' && <ImpactView answer={state.answer} />}
    </>
  );
}
