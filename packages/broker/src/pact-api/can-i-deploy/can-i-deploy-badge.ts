import { NotFoundError } from '../../errors/broker-error.js';
import type { Badge } from './badge-svg.js';
import type { CanIDeployAnswer } from './can-i-deploy-urls.js';

const verdicts = {
  true: { colour: 'green', word: 'deployable' },
  false: { colour: 'red', word: 'not deployable' },
  null: { colour: 'grey', word: 'unknown' },
} as const;

// What a 404 from the URL forms was missing, by its code: the badge names it, as the Pact Broker's does.
const missing: Record<string, string> = {
  'service.not-found': 'pacticipant',
  'version.not-found': 'version',
  'branch.not-found': 'branch',
  'environment.not-found': 'environment',
};

/**
 * The can-i-deploy badge for an answer: `{label or "can-i-deploy"} | {from} to {to}`, green when deployable,
 * red when not, grey when unknown (the Pact Broker draws unknown red; grey keeps "not yet known" apart from a
 * failure, and neither reads as a yes). A missing pacticipant, version, branch or environment is a grey
 * `{what} | not found` badge; anything else is thrown.
 *
 * @example
 * ```ts
 * const badge = await canIDeployBadge(() => canIDeployTagToTag(deps, input), { from: 'main', to: 'prod' });
 * ```
 */
export async function canIDeployBadge(
  answer: () => Promise<CanIDeployAnswer>,
  text: { label?: string; from: string; to: string },
): Promise<Badge> {
  let deployable: boolean | null;
  try {
    deployable = (await answer()).summary.deployable;
  } catch (error) {
    const what = error instanceof NotFoundError ? missing[error.code] : undefined;
    if (what === undefined) throw error;
    return { label: what, message: 'not found', colour: 'grey', title: `${what} not found` };
  }
  const label = text.label || 'can-i-deploy';
  const message = `${text.from} to ${text.to}`;
  const verdict = verdicts[deployable === null ? 'null' : deployable ? 'true' : 'false'];
  return { label, message, colour: verdict.colour, title: `${label}: ${message}: ${verdict.word}` };
}
