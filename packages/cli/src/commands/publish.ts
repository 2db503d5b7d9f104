import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { collect, withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import { jsonText } from '../output/json-text.js';
import { brokerSession } from './broker-session.js';

interface PublishFlags extends BrokerFlags {
  provider?: string;
  version?: string;
  branch?: string;
  tag: string[];
  overwrite?: boolean;
}

/** `signet publish spec <file> --provider <name>` and `signet publish contract <files…>`. */
export function registerPublish(program: Command, { io, context, done }: CommandDeps): void {
  const publish = program.command('publish').description('publish provider specs and consumer contracts');
  const versionFlags = (command: Command, whose: string) =>
    withBrokerFlags(command)
      .option('--version <version>', `${whose} version (default: git rev-parse HEAD)`)
      .option('--branch <branch>', `${whose} branch (default: the current git branch)`)
      .option('--tag <tag>', 'tag the version; repeatable', collect, [])
      .option('--overwrite', 'replace different content already published for this version');

  versionFlags(
    publish.command('spec').argument('<file>', 'OpenAPI 3.x or Swagger 2.0, JSON or YAML'),
    'provider',
  )
    .description("publish a provider's spec; the broker compares it with its consumers' contracts")
    .option('--provider <name>', 'the provider the spec describes')
    .action(async (file: string, flags: PublishFlags) => {
      const { settings, client } = await brokerSession(context, flags);
      const { publishSpecFile } = await import('../actions/publish/publish-spec.js');
      const { renderPublishedSpec } = await import('../output/render-published.js');
      const published = await publishSpecFile(client, {
        file,
        provider: settings.require('provider', flags.provider),
        version: await settings.fromGit('version', flags.version),
        branch: await settings.fromGit('branch', flags.branch),
        tags: settings.tags(flags.tag),
        overwrite: flags.overwrite === true,
      });
      io.out(flags.json ? jsonText(published) : renderPublishedSpec(io, published));
      done({ exitCode: ExitCode.ok });
    });

  versionFlags(publish.command('contract').argument('<files...>', 'Pact files (v1 to v4)'), 'consumer')
    .description('publish Pact files (consumer and provider from each); the broker compares them with specs')
    .action(async (files: string[], flags: PublishFlags) => {
      const { settings, client } = await brokerSession(context, flags);
      const { publishContractFiles } = await import('../actions/publish/publish-contracts.js');
      const { renderPublishedContracts } = await import('../output/render-published.js');
      const options = {
        files,
        version: await settings.fromGit('version', flags.version),
        branch: await settings.fromGit('branch', flags.branch),
        tags: settings.tags(flags.tag),
        overwrite: flags.overwrite === true,
      };
      const published = await publishContractFiles(client, options, (pact, index) => {
        if (!flags.json && files.length > 1) {
          io.err(
            `publishing ${index + 1}/${files.length}: ${pact.consumer} → ${pact.provider} (${pact.file})\n`,
          );
        }
      });
      io.out(flags.json ? jsonText(published) : renderPublishedContracts(io, published));
      done({ exitCode: ExitCode.ok });
    });
}
