import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { brokerMain } from '../../testing/broker-process.js';

/** A broker process (built `dist/main.js`) that tests may also kill without warning. */
export interface KillableBroker {
  api: string;
  /** Sends `signal` and resolves once the process is gone. */
  kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

/** Starts `node dist/main.js --port 0 <args>` with `env` added, resolving once it listens. */
export async function startKillableBroker(args: string[], env: NodeJS.ProcessEnv): Promise<KillableBroker> {
  if (!existsSync(brokerMain)) throw new Error(`${brokerMain} is missing: build first (npx tsc -b)`);
  const child = spawn(process.execPath, [brokerMain, '--port', '0', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (found !== undefined) resolve(found);
    });
    void exited.then(() => reject(new Error(`broker exited before listening:\n${stderr}`)));
  });
  return {
    api: `${url}/api/v1`,
    kill: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

/** POSTs JSON, failing with the response when the broker refuses it. */
export async function post<T>(api: string, path: string, body: object): Promise<T> {
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`POST ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Environment of a broker whose webhooks may call the local receiver, with a short retry schedule. */
export const testWebhookEnv = {
  SIGNET_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  SIGNET_WEBHOOK_TIMEOUT_MS: '1500',
  SIGNET_WEBHOOK_RETRY_INITIAL_MS: '200',
  SIGNET_WEBHOOK_RETRY_MAX_MS: '1000',
  SIGNET_WEBHOOK_POLL_MS: '200',
};
