import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, scratchDir } from '../../testing/cli-run.js';

const execFileAsync = promisify(execFile);

describe('signet completion', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeEach(async () => (scratch = await scratchDir()));
  afterEach(() => scratch.remove());
  const cli = (...argv: string[]) => runCli(argv, scratch.dir);

  /** What the bash script offers after `words` (the last one being completed), run in a real bash. */
  async function bashOffers(script: string, words: string[]): Promise<string[]> {
    const file = path.join(scratch.dir, 'signet.bash');
    await writeFile(file, script);
    const quoted = words.map((word) => `'${word}'`).join(' ');
    const probe = `source '${file}'; COMP_WORDS=(signet ${quoted}); COMP_CWORD=${words.length}; _signet; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const { stdout } = await execFileAsync('bash', ['-c', probe], { timeout: 10_000 });
    return stdout.split('\n').filter((line) => line !== '');
  }

  it('writes a bash script that completes commands, subcommands and their options', async () => {
    const { code, stdout } = await cli('completion', 'bash');
    expect(code).toBe(0);
    expect(await bashOffers(stdout, ['we'])).toEqual(['webhook']);
    expect(await bashOffers(stdout, ['webhook', 'cr'])).toEqual(['create']);
    expect(await bashOffers(stdout, ['webhook', 'create', '--ev'])).toEqual(['--event']);
    // Options of the command the words lead to, not of another.
    expect(await bashOffers(stdout, ['compare', '--sp'])).toEqual(['--spec']);
    expect(await bashOffers(stdout, ['compare', '--ev'])).toEqual([]);
    expect(await bashOffers(stdout, [''])).toContain('deploy-guard');
  });

  it('writes zsh and fish scripts from the same commands and options', async () => {
    const zsh = await cli('completion', 'zsh');
    expect(zsh.stdout).toMatch(/^#compdef signet\n/);
    expect(zsh.stdout).toContain(`"webhook create") items=(`);
    expect(zsh.stdout).toContain("'--event:");
    const fish = await cli('completion', 'fish');
    expect(fish.stdout).toContain(
      "complete -c signet -f -n '__fish_seen_subcommand_from webhook; and not __fish_seen_subcommand_from",
    );
    expect(fish.stdout).toMatch(
      /complete -c signet -n '__fish_seen_subcommand_from webhook; and __fish_seen_subcommand_from create' -l event -r -d /,
    );
  });

  it('refuses another shell with exit 2, naming the ones it knows', async () => {
    const result = await cli('completion', 'powershell');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe("signet: the shell must be one of bash, zsh, fish, got 'powershell'\n");
  });
});
