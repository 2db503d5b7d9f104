import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { jsonText } from '../output/json-text.js';
import { renderTable } from '../output/render-table.js';
import { withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import { settingsFor } from './broker-session.js';

/** `signet config [--json]`: the settings a command would use here, and where each came from. */
export function registerConfig(program: Command, { io, context, done }: CommandDeps): void {
  withBrokerFlags(program.command('config'))
    .description('show the effective settings and where each came from (flag, variable, .signetrc.yaml, git)')
    .action(async (flags: BrokerFlags) => {
      const settings = await settingsFor(context);
      const { effectiveSettings } = await import('../actions/config/effective-settings.js');
      const rows = await effectiveSettings(settings, context, flags);
      const text = (value: string | string[] | null) =>
        value === null ? '' : Array.isArray(value) ? value.join(', ') : value;
      io.out(
        flags.json
          ? jsonText({ rcFile: settings.rcFile ?? null, settings: rows })
          : renderTable(
              ['SETTING', 'VALUE', 'FROM'],
              rows.map((row) => [row.name, text(row.value), row.from]),
            ),
      );
      done({ exitCode: ExitCode.ok });
    });
}
