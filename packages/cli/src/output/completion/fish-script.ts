import type { CompletionNode } from './command-tree.js';

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** fish completions for `signet`: one `complete` line per subcommand and option, conditioned on the command path. */
export function fishScript(nodes: CompletionNode[]): string {
  const lines = ['# signet completion for fish: save it as ~/.config/fish/completions/signet.fish'];
  for (const node of nodes) {
    const condition = whenAt(node);
    for (const sub of node.subcommands)
      lines.push(
        `complete -c signet -f -n ${quote(condition)} -a ${quote(sub.name)} -d ${quote(sub.description)}`,
      );
    for (const option of node.options) {
      const value = option.takesValue ? ' -r' : '';
      lines.push(
        `complete -c signet -n ${quote(condition)} -l ${option.flag.slice(2)}${value} -d ${quote(option.description)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** True in fish when the words typed so far lead to `node` and no further: each name of its path, none of its children's. */
function whenAt(node: CompletionNode): string {
  if (node.path.length === 0) return '__fish_use_subcommand';
  const seen = node.path.map((name) => `__fish_seen_subcommand_from ${name}`);
  const children = node.subcommands.map((sub) => sub.name);
  const notDeeper = children.length > 0 ? [`not __fish_seen_subcommand_from ${children.join(' ')}`] : [];
  return [...seen, ...notDeeper].join('; and ');
}
