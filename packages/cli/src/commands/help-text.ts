import type { Command } from 'commander';

/** The exit codes, as the program's help lists them (the contract is `exit-codes.ts`). */
export const exitCodeHelp = `
Exit codes:
  0  success: compatible, safe to deploy, every check passed
  1  the check ran and failed: incompatible, unsafe or unknown, verification failed
  2  usage or input error: bad flags, unreadable or invalid files, a refusal from the broker (4xx)
  3  the broker could not be reached, or answered 5xx
  4  signet test: nothing answered at --provider-url
`;

/** One example per command (by its path), shown at the end of its help. `mock` writes its own. */
const examples: Record<string, string[]> = {
  compare: ['signet compare --spec openapi.yaml --contract pacts/shop-inventory.json'],
  diff: ['signet diff --base main/openapi.yaml --head openapi.yaml --fail-on breaking --format markdown'],
  broker: ['signet broker --port 3000 --data-dir ./.signet/data'],
  proxy: [
    'signet proxy --target http://localhost:8080 --port 9000 --consumer shop --provider inventory --out pacts',
  ],
  test: ['signet test --provider-url http://localhost:8080 --spec openapi.yaml --negative'],
  'publish spec': ['signet publish spec openapi.yaml --provider inventory --version 1.4.0 --branch main'],
  'publish contract': ['signet publish contract pacts/*.json --version "$(git rev-parse HEAD)" --tag dev'],
  'deploy-guard': ['signet deploy-guard --service shop --version 2.1.0 --environment production'],
  'record-deployment': ['signet record-deployment --service shop --version 2.1.0 --environment production'],
  'record-undeployment': [
    'signet record-undeployment --service shop --version 2.0.0 --environment production',
  ],
  'record-release': ['signet record-release --service mobile-app --version 5.2 --environment app-store'],
  'environment create': ['signet environment create production --production --display-name "Production"'],
  'environment list': ['signet environment list --json'],
  'token create': ['signet token create --name ci-inventory --role write'],
  'token list': ['signet token list'],
  'token revoke': ['signet token revoke 7'],
  'webhook create': [
    'signet webhook create --event verification.failed --url https://chat.example/hook --secret "$HOOK_SECRET"',
  ],
  'webhook list': ['signet webhook list'],
  'webhook update': ['signet webhook update 3 --disable'],
  'webhook delete': ['signet webhook delete 3'],
  'webhook test': ['signet webhook test 3'],
  'webhook deliveries': ['signet webhook deliveries 3 --limit 5'],
  'webhook redeliver': ['signet webhook redeliver 3 41'],
  completion: [
    'signet completion bash > /etc/bash_completion.d/signet',
    'signet completion zsh > "${fpath[1]}/_signet"',
  ],
  config: ['signet config', 'signet config --json'],
};

/** `webhook create` for the `create` command under `webhook`. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/** Every command below `program`, depth first. */
export function allCommands(program: Command): Command[] {
  return program.commands.flatMap((command) => [command, ...allCommands(command)]);
}

/**
 * Finishes every command's help: required options say "(required)", and each command ends with its example.
 * Done once, after registration, so the command files stay argument glue.
 */
export function finishHelp(program: Command): void {
  program.addHelpText('after', exitCodeHelp);
  for (const command of allCommands(program)) {
    for (const option of command.options) {
      if (option.mandatory && !option.description.endsWith('(required)')) option.description += ' (required)';
    }
    const lines = examples[commandPath(command)];
    if (lines !== undefined)
      command.addHelpText(
        'after',
        `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`,
      );
  }
}
