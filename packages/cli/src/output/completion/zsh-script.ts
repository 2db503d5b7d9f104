import type { CompletionNode } from './command-tree.js';

/** One `_describe` item, `name:description`, single-quoted; a colon in the name is escaped. */
const item = (name: string, description: string) =>
  `'${`${name.replaceAll(':', '\\:')}:${description}`.replaceAll("'", "'\\''")}'`;

/**
 * A zsh completion function for `signet` (`#compdef`): like the bash one, the leading command words pick the
 * node; its subcommands and options are offered with their descriptions.
 */
export function zshScript(nodes: CompletionNode[]): string {
  const paths = nodes.filter((node) => node.path.length > 0).map((node) => `"${node.path.join(' ')}"`);
  const cases = nodes.map((node) => {
    const items = [
      ...node.subcommands.map((sub) => item(sub.name, sub.description)),
      ...node.options.map((option) => item(option.flag, option.description)),
    ];
    return `    "${node.path.join(' ')}") items=(${items.join(' ')}) ;;`;
  });
  return `#compdef signet
# signet completion for zsh: save it as _signet in a directory on $fpath
_signet() {
  local path_="" next i
  local -a items
  for ((i = 2; i < CURRENT; i++)); do
    next="\${path_:+$path_ }\${words[i]}"
    case "$next" in
      ${paths.join('|')}) path_="$next" ;;
      *) break ;;
    esac
  done
  case "$path_" in
${cases.join('\n')}
  esac
  _describe 'signet' items
}
compdef _signet signet
`;
}
