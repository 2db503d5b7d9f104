import type { CreateWebhookInput, Webhook } from '@signet/client';
import type { Command } from 'commander';
import { webhookEventNames } from '../actions/webhooks/event-names.js';
import type { WebhookFlags } from '../actions/webhooks/webhook-input.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { collect, withBrokerFlags, type BrokerFlags, type CommandDeps } from './broker-flags.js';
import { jsonText } from '../output/json-text.js';
import { brokerSession } from './broker-session.js';

type Flags = BrokerFlags & WebhookFlags;

/** The webhook commands' working code, loaded when one runs (not for `signet --help`). */
const webhookCode = async () => ({
  ...(await import('../actions/webhooks/webhook-input.js')),
  ...(await import('../actions/webhooks/render-webhooks.js')),
});

/** The options `create` and `update` share. */
function withWebhookOptions(command: Command): Command {
  return withBrokerFlags(command)
    .option(
      '--event <name>',
      `an event to subscribe to (repeatable): ${webhookEventNames.join(', ')}`,
      collect,
      [],
    )
    .option('--service <name>', 'only events about this service')
    .option('--consumer <name>', 'only events of integrations with this consumer')
    .option('--provider <name>', 'only events of integrations with this provider')
    .option('--secret <secret>', 'signs every request (Signet-Signature)')
    .option('--header <header>', "an extra header, 'Name: value' (repeatable)", collect, [])
    .option('--body <template>', 'the body template, e.g. {"text":"${signet.provider} verified"}')
    .option('--method <method>', 'POST (default), PUT, PATCH, GET or DELETE')
    .option('--description <text>', 'what the webhook is for');
}

/**
 * `signet webhook create|list|update|delete|test|deliveries|redeliver` (admin token). Exit code 1 when a test
 * ping was not delivered.
 */
export function registerWebhook(program: Command, { io, context, done }: CommandDeps): void {
  const webhook = program.command('webhook').description('manage webhooks (needs an admin token)');
  const client = async (flags: BrokerFlags) => (await brokerSession(context, flags)).client.webhooks;
  const print = (flags: BrokerFlags, value: unknown, human: string) =>
    io.out(flags.json ? jsonText(value) : human);

  // The broker's SSRF guard refuses private and loopback hosts on save and when it sends: say which setting allows one.
  const warnAboutDestination = async (url: string | undefined) => {
    const { destinationWarning } = await import('../actions/webhooks/destination-warning.js');
    const warning = url === undefined ? undefined : destinationWarning(url);
    if (warning !== undefined) io.err(warning);
  };

  const create = withWebhookOptions(webhook.command('create'));
  // Repeatable, so not a commander required option; at least one is checked below.
  const event = create.options.find((option) => option.long === '--event');
  if (event !== undefined) event.description += ' (required)';
  create
    .description('subscribe a URL to events')
    .requiredOption('--url <url>', 'where to send it (http or https; may use ${signet.*} variables)')
    .option('--disabled', 'create it disabled')
    .action(async (flags: Flags & { disabled?: boolean }) => {
      const { webhookInput } = await webhookCode();
      if (flags.event.length === 0) throw new CliError('give at least one --event');
      const input = { ...webhookInput(flags), enabled: flags.disabled !== true } as CreateWebhookInput;
      await warnAboutDestination(flags.url);
      const created = await (await client(flags)).create(input);
      print(flags, created, `created webhook ${created.id}: ${created.events.join(', ')} → ${created.url}\n`);
      done({ exitCode: ExitCode.ok });
    });

  withBrokerFlags(webhook.command('list'))
    .description('list webhooks (secrets never shown)')
    .action(async (flags: BrokerFlags) => {
      const { renderWebhooks } = await webhookCode();
      const api = await client(flags);
      const { allItems } = await import('@signet/client');
      const all: Webhook[] = [];
      for await (const item of allItems((cursor) => api.list({ cursor, limit: 100 }))) all.push(item);
      print(flags, all, renderWebhooks(all));
      done({ exitCode: ExitCode.ok });
    });

  withWebhookOptions(webhook.command('update').argument('<id>', 'the webhook id (see signet webhook list)'))
    .description('change the given fields of a webhook')
    .option('--url <url>', 'where to send it')
    .option('--enable', 'enable it')
    .option('--disable', 'disable it (queued deliveries are still sent)')
    .action(async (id: string, flags: Flags) => {
      const { parseId, webhookInput } = await webhookCode();
      const input = webhookInput(flags);
      if (Object.keys(input).length === 0) throw new CliError('nothing to change: give at least one option');
      await warnAboutDestination(flags.url);
      const updated = await (await client(flags)).update(parseId(id, 'webhook id'), input);
      print(flags, updated, `updated webhook ${updated.id}\n`);
      done({ exitCode: ExitCode.ok });
    });

  withBrokerFlags(webhook.command('delete').argument('<id>', 'the webhook id'))
    .description('delete a webhook and its delivery log')
    .action(async (id: string, flags: BrokerFlags) => {
      const { parseId } = await webhookCode();
      const webhookId = parseId(id, 'webhook id');
      await (await client(flags)).delete(webhookId);
      print(flags, { id: webhookId, deleted: true }, `deleted webhook ${webhookId}\n`);
      done({ exitCode: ExitCode.ok });
    });

  withBrokerFlags(webhook.command('test').argument('<id>', 'the webhook id'))
    .description('send a test ping now and show what came back')
    .action(async (id: string, flags: BrokerFlags) => {
      const { parseId, renderDeliveryDetail } = await webhookCode();
      const ping = await (await client(flags)).test(parseId(id, 'webhook id'));
      print(flags, ping, renderDeliveryDetail(ping));
      done({ exitCode: ping.state === 'delivered' ? ExitCode.ok : ExitCode.failed });
    });

  withBrokerFlags(webhook.command('deliveries').argument('<id>', 'the webhook id'))
    .description("the webhook's deliveries, newest first; with --delivery, one delivery's attempts")
    .option('--delivery <deliveryId>', 'show this delivery with every attempt')
    .option('--limit <n>', 'how many deliveries (1 to 100)', '20')
    .action(async (id: string, flags: BrokerFlags & { delivery?: string; limit: string }) => {
      const { parseId, renderDeliveries, renderDeliveryDetail } = await webhookCode();
      const api = await client(flags);
      const webhookId = parseId(id, 'webhook id');
      if (flags.delivery !== undefined) {
        const detail = await api.delivery(webhookId, parseId(flags.delivery, 'delivery id'));
        print(flags, detail, renderDeliveryDetail(detail));
      } else {
        const page = await api.deliveries(webhookId, { limit: parseId(flags.limit, 'limit') });
        print(flags, page.items, renderDeliveries(page.items));
      }
      done({ exitCode: ExitCode.ok });
    });

  withBrokerFlags(
    webhook
      .command('redeliver')
      .argument('<id>', 'the webhook id')
      .argument('<deliveryId>', 'the delivery id'),
  )
    .description("queue a delivery's event again (same event id)")
    .action(async (id: string, deliveryId: string, flags: BrokerFlags) => {
      const { parseId } = await webhookCode();
      const queued = await (
        await client(flags)
      ).redeliver(parseId(id, 'webhook id'), parseId(deliveryId, 'delivery id'));
      print(flags, queued, `queued delivery ${queued.id} (event ${queued.eventId})\n`);
      done({ exitCode: ExitCode.ok });
    });
}
