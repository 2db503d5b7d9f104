import type { Command } from 'commander';

/** One command as completion sees it: its path of names, what may follow it, and what each does. */
export interface CompletionNode {
  /** `[]` for the program, `['webhook', 'create']` for `signet webhook create`. */
  path: string[];
  subcommands: Array<{ name: string; description: string }>;
  options: Array<{ flag: string; description: string; takesValue: boolean }>;
}

/** Every command of the program with its subcommands and long options (help included), depth first. */
export function completionTree(program: Command): CompletionNode[] {
  const nodes: CompletionNode[] = [];
  const visit = (command: Command, path: string[]): void => {
    const options = command.options
      .filter((option) => option.long !== undefined && !option.hidden)
      .map((option) => ({
        flag: option.long as string,
        description: option.description,
        takesValue: option.required || option.optional,
      }));
    nodes.push({
      path,
      subcommands: command.commands.map((sub) => ({ name: sub.name(), description: sub.description() })),
      options: [...options, { flag: '--help', description: 'show help', takesValue: false }],
    });
    for (const sub of command.commands) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return nodes;
}
