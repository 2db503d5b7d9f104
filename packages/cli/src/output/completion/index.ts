import type { Command } from 'commander';
import { bashScript } from './bash-script.js';
import { completionTree } from './command-tree.js';
import { fishScript } from './fish-script.js';
import { zshScript } from './zsh-script.js';

/** The shells `signet completion` writes scripts for. */
export const completionShells = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof completionShells)[number];

/** A completion script for `shell`, generated from the program's commands and options. */
export function completionScript(program: Command, shell: CompletionShell): string {
  const nodes = completionTree(program);
  return shell === 'bash' ? bashScript(nodes) : shell === 'zsh' ? zshScript(nodes) : fishScript(nodes);
}
