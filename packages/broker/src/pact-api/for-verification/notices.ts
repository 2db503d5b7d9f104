import type { NotPendingReason, ProviderContext } from './pending.js';

/** When a verifier should show a notice (Pact Broker's values). */
export type NoticeWhen =
  | 'before_verification'
  | 'after_verification:success_true_published_false'
  | 'after_verification:success_false_published_false'
  | 'after_verification:success_true_published_true'
  | 'after_verification:success_false_published_true';

export interface Notice {
  when: NoticeWhen;
  text: string;
}

export interface NoticeInput {
  url: string;
  provider: string;
  criteria: string[];
  wip: boolean;
  /** Undefined when the client did not ask for pending status. */
  pending?: boolean;
  /** Why it is not pending, when it is not. */
  notPendingBecause?: NotPendingReason;
}

/** Why the pact is verified, and (with pending status) what its result will mean, before and after. */
export function noticesFor(input: NoticeInput, context: ProviderContext): Notice[] {
  return [whyNotice(input), ...stateNotices(input, context)];
}

/** The first notice: why this pact is verified (the only one naming its URL and criteria). */
export function whyNotice(input: Pick<NoticeInput, 'url' | 'criteria' | 'wip'>): Notice {
  const why = input.wip
    ? `The pact at ${input.url} is being verified because it is a 'work in progress' pact (ie. it is the pact for ${input.criteria.join(', ')} and is still in pending state).`
    : `The pact at ${input.url} is being verified because the pact content belongs to the consumer version(s) matching the following criteria:\n${input.criteria.map((line) => `    * ${line}`).join('\n')}`;
  return { when: 'before_verification', text: why };
}

/**
 * The notices after the first: what the result will mean. They depend only on the provider, the request's
 * context and the pending state, so a long answer can render them once per state.
 */
export function stateNotices(
  input: Pick<NoticeInput, 'provider' | 'pending' | 'notPendingBecause'>,
  context: ProviderContext,
): Notice[] {
  const notices: Notice[] = [];
  if (input.pending === undefined) return notices;
  const by = verifierDescription(input.provider, context);
  if (input.pending) {
    notices.push(
      {
        when: 'before_verification',
        text: `This pact is in pending state for ${by} because a successful verification result for ${by} has not yet been published. If this verification fails, it will not cause the overall build to fail.`,
      },
      {
        when: 'after_verification:success_true_published_false',
        text: `This pact is still in pending state for ${by} as the successful verification results have not yet been published.`,
      },
      {
        when: 'after_verification:success_false_published_false',
        text: `This pact is still in pending state for ${by}. The failed verification will not cause the overall build to fail.`,
      },
      {
        when: 'after_verification:success_true_published_true',
        text: `This pact is no longer in pending state for ${by}, as a successful verification result has been published. If a verification for ${by} fails in the future, it will fail the build.`,
      },
      {
        when: 'after_verification:success_false_published_true',
        text: `This pact is still in pending state for ${by} as a successful verification result has not yet been published. The failed verification will not cause the overall build to fail.`,
      },
    );
  } else {
    notices.push(
      {
        when: 'before_verification',
        text: `${notPendingText(input.notPendingBecause, by)} If this verification fails, it will fail the build.`,
      },
      {
        when: 'after_verification:success_true_published_false',
        text: 'This pact has been verified successfully. Publish the results so they count.',
      },
      {
        when: 'after_verification:success_false_published_false',
        text: 'Failure! This pact is not pending, so this failure fails the build.',
      },
      {
        when: 'after_verification:success_true_published_true',
        text: 'This pact has been verified successfully and the result has been published.',
      },
      {
        when: 'after_verification:success_false_published_true',
        text: 'Failure! This pact is not pending, so this failure fails the build; the result has been published.',
      },
    );
  }
  return notices;
}

function verifierDescription(provider: string, context: ProviderContext): string {
  if (context.providerVersionBranch !== undefined)
    return `a version of ${provider} with branch '${context.providerVersionBranch}'`;
  if (context.providerVersionTags.length > 0)
    return `a version of ${provider} with tag(s) ${context.providerVersionTags.map((t) => `'${t}'`).join(', ')}`;
  return `any version of ${provider}`;
}

/** Claims only the verification that happened (or none, for content that is deployed or released). */
function notPendingText(reason: NotPendingReason | undefined, by: string): string {
  if (reason === 'verified-before')
    return `This pact is not in pending state for ${by} because another version of the provider verified it successfully before that branch or tag existed.`;
  if (reason === 'deployed-or-released')
    return `This pact is not in pending state for ${by} because its content belongs to a consumer version that is currently deployed or released.`;
  return `This pact has previously been successfully verified by ${by}.`;
}
