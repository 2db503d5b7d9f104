import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const receiverScript = fileURLToPath(new URL('./receiver.ts', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx');

/** What the receiver kept of one webhook request. */
export interface ReceivedWebhook {
  path: string;
  eventId: string;
  eventType: string;
  /** `ok`, or why the signature check refused it. */
  verified: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  receivedAt: number;
}

/** A webhook receiver running in its own process (see `receiver.ts`). */
export interface ReceiverProcess {
  port: number;
  url: string;
  received(): Promise<ReceivedWebhook[]>;
  /** How many arrived, and how many distinct event ids among them. */
  count(): Promise<{ total: number; distinct: number }>;
  /** `ok` answers 204, `fail` 503, `hold` never answers. */
  setMode(mode: 'ok' | 'fail' | 'hold'): Promise<void>;
  /** Resolves once `count` webhooks arrived (polling), failing after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  stop(): Promise<void>;
}

/** Starts a receiver on `port` (0: any free one), verifying signatures with `secret`. */
export async function startReceiver(options: { secret: string; port?: number }): Promise<ReceiverProcess> {
  const child = spawn(process.execPath, ['--import', tsx, receiverScript], {
    env: { ...process.env, PORT: String(options.port ?? 0), SECRET: options.secret },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening (\d+)/.exec(output)?.[1];
      if (found !== undefined) resolve(Number(found));
    });
    void exited.then(() => reject(new Error(`receiver exited before listening: ${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const received = async () => (await (await fetch(`${url}/_received`)).json()) as ReceivedWebhook[];
  return {
    port,
    url,
    received,
    count: async () => (await (await fetch(`${url}/_count`)).json()) as { total: number; distinct: number },
    setMode: async (mode) => void (await fetch(`${url}/_mode`, { method: 'POST', body: mode })).text(),
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const got = await received();
        if (got.length >= count) return got;
        if (Date.now() > deadline) throw new Error(`expected ${count} webhooks, received ${got.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
