import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes.js';
import type { CommandDeps } from './broker-flags.js';

const shells = ['bash', 'zsh', 'fish'];

/** `signet completion bash|zsh|fish`: prints a shell completion script for every command and option. */
export function registerCompletion(program: Command, { io, done }: CommandDeps): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .argument('<shell>', shells.join(', '))
    .action(async (shell: string) => {
      if (!shells.includes(shell))
        throw new CliError(`the shell must be one of ${shells.join(', ')}, got '${shell}'`);
      const { completionScript } = await import('../output/completion/index.js');
      io.out(completionScript(program, shell as 'bash' | 'zsh' | 'fish'));
      done({ exitCode: ExitCode.ok });
    });
}
