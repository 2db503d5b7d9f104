/** Quotes a word for a POSIX shell when it needs it. */
const shellWord = (word: string) =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;

/** `signet deploy-guard --service … --version … --environment …` for this answer. */
export function cliLine(answer: { service: string; version: string; environment: string }): string {
  return [
    'signet',
    'deploy-guard',
    '--service',
    answer.service,
    '--version',
    answer.version,
    '--environment',
    answer.environment,
  ]
    .map(shellWord)
    .join(' ');
}
