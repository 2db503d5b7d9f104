import type { CompletionNode } from './command-tree.js';

/**
 * A bash completion function for `signet`: the leading words that name commands pick the node, whose
 * subcommands and options are offered for the word being completed.
 */
export function bashScript(nodes: CompletionNode[]): string {
  const paths = nodes.filter((node) => node.path.length > 0).map((node) => `"${node.path.join(' ')}"`);
  const cases = nodes.map((node) => {
    const words = [...node.subcommands.map((sub) => sub.name), ...node.options.map((option) => option.flag)];
    return `    "${node.path.join(' ')}") words="${words.join(' ')}" ;;`;
  });
  return `# signet completion for bash: source it, or save it in bash_completion.d
_signet() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" next i words=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    next="\${path:+$path }\${COMP_WORDS[i]}"
    case "$next" in
      ${paths.join('|')}) path="$next" ;;
      *) break ;;
    esac
  done
  case "$path" in
${cases.join('\n')}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _signet signet
`;
}
