import { createHash } from 'node:crypto';
import type { Verification } from '@signet/client';
import type { BrokerFlags } from '../../commands/broker-flags.js';
import type { Settings } from '../../config/settings.js';
import type { Io } from '../../output/io.js';
import { connect } from '../connect.js';
import { readTextFile } from '../read-text-file.js';
import type { VerificationReport } from '../verify/index.js';
import { specFromBroker } from './broker-spec.js';
import { publishVerification } from './publish-verification.js';

interface TestBrokerFlags extends BrokerFlags {
  spec?: string;
  provider?: string;
  version?: string;
  branch?: string;
  publish?: boolean;
  buildUrl?: string;
}

/** The spec `signet test` verifies against: a file (`text` undefined: read by the verifier) or the broker's. */
export interface TestSpec {
  label: string;
  text?: string;
  contentSha?: string;
  /** Why the broker's spec was chosen, when it is not the version's own (see specFromBroker). */
  source?: string;
}

/**
 * `--spec <file>`, else the provider's spec from the broker: the provider version's own, else the latest on its
 * branch, else on the main branch (see specFromBroker). Says which on stderr, first.
 */
export async function resolveSpec(settings: Settings, flags: TestBrokerFlags, io: Io): Promise<TestSpec> {
  if (flags.spec !== undefined) return { label: flags.spec };
  const provider = settings.require('provider', flags.provider);
  const explicit = settings.get('version', flags.version);
  // The build being published may have published its own spec; otherwise the latest is what it must implement.
  const version = explicit ?? (flags.publish ? await settings.orGit('version', undefined) : undefined);
  // The branch to look on when the broker does not know the version yet (a build about to be published).
  const branch = flags.publish
    ? await settings.orGit('branch', flags.branch)
    : settings.get('branch', flags.branch);
  const spec = await specFromBroker(connect(settings, flags), provider, {
    version,
    branch,
    insist: explicit !== undefined,
  });
  const why = spec.source === undefined ? '' : `, ${spec.source}`;
  if (!flags.json) io.err(`signet test: verifying against the spec of ${spec.label}${why}\n`);
  return spec;
}

/** Where `--publish` records the result: resolved before verifying, so a missing version fails fast. */
export interface PublishTarget {
  provider: string;
  version: string;
  branch: string;
}

/** The provider version `--publish` records for (version and branch default to git). */
export async function resolvePublishTarget(
  settings: Settings,
  flags: TestBrokerFlags,
): Promise<PublishTarget> {
  return {
    provider: settings.require('provider', flags.provider),
    version: await settings.fromGit('version', flags.version),
    branch: await settings.fromGit('branch', flags.branch),
  };
}

/** Publishes the verification for the provider version: `outcome` says whether it was recorded as passed. */
export async function publishTestResult(
  settings: Settings,
  flags: TestBrokerFlags,
  target: PublishTarget,
  spec: TestSpec,
  report: VerificationReport,
  io: Io,
): Promise<{ outcome: 'successful' | 'failed'; target: string; verification: Verification }> {
  const { provider, version } = target;
  const specSha = spec.contentSha ?? sha256(await readTextFile(spec.label, 'spec'));
  if (!flags.json) io.err(`signet test: publishing the result for ${provider}@${version}\n`);
  const verification = await publishVerification(connect(settings, flags), report, {
    ...target,
    specSha,
    buildUrl: flags.buildUrl,
  });
  return {
    outcome: verification.success ? 'successful' : 'failed',
    target: `${provider}@${version}`,
    verification,
  };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
