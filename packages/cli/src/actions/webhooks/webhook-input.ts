import type { CreateWebhookInput } from '@signet/client';
import { CliError } from '../../exit-codes.js';
import { checkEventNames } from './event-names.js';

/** What `signet webhook create|update` take (every field optional for update). */
export interface WebhookFlags {
  url?: string;
  event: string[];
  service?: string;
  consumer?: string;
  provider?: string;
  secret?: string;
  header: string[];
  body?: string;
  method?: string;
  description?: string;
  enable?: boolean;
  disable?: boolean;
}

/** `'Name: value'` → `['Name', 'value']`; anything else is a usage error. */
export function parseHeader(header: string): [string, string] {
  const colon = header.indexOf(':');
  const name = header.slice(0, Math.max(colon, 0)).trim();
  if (colon < 1 || name === '' || /\s/.test(name))
    throw new CliError(`--header must look like 'Name: value', got '${header}'`);
  return [name, header.slice(colon + 1).trim()];
}

/** The fields the flags set; absent flags are left out (so an update changes only what was given). */
export function webhookInput(flags: WebhookFlags): Partial<CreateWebhookInput> {
  if (flags.enable && flags.disable) throw new CliError('give --enable or --disable, not both');
  const input: Partial<CreateWebhookInput> = {};
  // Methods go as typed: the broker checks them and answers 400 naming a bad one. Events are checked here,
  // so a typo gets the valid names and the nearest one.
  type Method = CreateWebhookInput['method'];
  if (flags.url !== undefined) input.url = flags.url;
  if (flags.event.length > 0) input.events = checkEventNames(flags.event);
  if (flags.service !== undefined) input.service = flags.service;
  if (flags.consumer !== undefined) input.consumer = flags.consumer;
  if (flags.provider !== undefined) input.provider = flags.provider;
  if (flags.secret !== undefined) input.secret = flags.secret;
  if (flags.header.length > 0) input.headers = Object.fromEntries(flags.header.map(parseHeader));
  if (flags.body !== undefined) input.body = flags.body;
  if (flags.method !== undefined) input.method = flags.method.toUpperCase() as Method;
  if (flags.description !== undefined) input.description = flags.description;
  if (flags.enable || flags.disable) input.enabled = flags.enable === true;
  return input;
}

/** A positive integer id argument, or a usage error naming `what`. */
export function parseId(value: string, what: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value))
    throw new CliError(`the ${what} must be a positive integer, got '${value}'`);
  return Number(value);
}
