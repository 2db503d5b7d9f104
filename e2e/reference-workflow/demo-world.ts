import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrokerProcess, type BrokerProcess } from './processes/broker.js';
import { startSpecMock, type MockServed, type SpecMock } from './processes/mock.js';
import { startRecordingProxy } from './processes/proxy.js';
import { signet, type SignetEnv, type SignetRun } from './processes/signet.js';
import { BrokerViews } from './broker-views.js';
import type { RunningService } from './services/http-service.js';

/** A deploy-guard verdict as `signet deploy-guard` prints it on its first line. */
export type Verdict = 'safe' | 'unsafe' | 'unknown';

/** What the demo says as it goes: a step heading, a command and its output, or a note. */
export type Say = (line: string) => void;

/**
 * The broker's webhook settings: shopping_cart's endpoint is on loopback, which the SSRF guard refuses unless
 * allowed; retries start after half a second (not 5 s) and idle polling is quick, so "retried until delivered"
 * takes seconds.
 */
export const demoWebhookSettings = {
  SIGNET_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  SIGNET_WEBHOOK_RETRY_INITIAL_MS: '500',
  SIGNET_WEBHOOK_RETRY_MAX_MS: '2000',
  SIGNET_WEBHOOK_MAX_ATTEMPTS: '10',
  SIGNET_WEBHOOK_TIMEOUT_MS: '5000',
  SIGNET_WEBHOOK_POLL_MS: '200',
};

/** The OpenAPI files the providers' teams publish. */
export const specFile = (name: string) => fileURLToPath(new URL(`specs/${name}.yaml`, import.meta.url));

/**
 * Everything the reference workflow runs in: a fresh broker started with `signet broker`, a scratch directory
 * (not a git repository, so every command names its version and branch), and the services started so far.
 */
export class DemoWorld {
  private readonly services: RunningService[] = [];
  private readonly mocks: SpecMock[] = [];
  /** What the broker shows, read as the UI reads it. */
  readonly views: BrokerViews;

  private constructor(
    readonly broker: BrokerProcess,
    readonly dir: string,
    private readonly say: Say,
  ) {
    this.views = new BrokerViews(broker.url);
  }

  static async start(say: Say): Promise<DemoWorld> {
    say('starting a fresh broker (signet broker, embedded database in a temporary directory)…');
    say(
      `  webhook settings: ${Object.entries(demoWebhookSettings)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ')}`,
    );
    const broker = await startBrokerProcess(demoWebhookSettings);
    say(`broker listening on ${broker.url}`);
    return new DemoWorld(broker, await mkdtemp(path.join(tmpdir(), 'signet-demo-')), say);
  }

  private get where(): SignetEnv {
    return { cwd: this.dir, env: { SIGNET_BROKER_URL: this.broker.url, SIGNET_BRANCH: 'main' } };
  }

  /** Runs `signet <args>`, shows it, and fails the demo on an exit code not in `expected`. */
  async signet(args: string[], expected: number[] = [0]): Promise<SignetRun> {
    const run = await signet(args, this.where);
    this.say(`$ signet ${args.map((arg, index) => this.shown(arg, args[index - 1])).join(' ')}`);
    const shown = run.stdout.trimEnd();
    if (shown !== '') this.say(shown.replace(/^/gm, '  '));
    if (!expected.includes(run.code)) {
      throw new Error(
        `signet ${args.join(' ')} exited ${run.code}, expected ${expected.join(' or ')}:\n${run.stderr}`,
      );
    }
    return run;
  }

  /** An argument as the demo prints it: paths relative to the scratch directory, quoted if need be. */
  private shown(arg: string, flag: string | undefined): string {
    if (flag === '--secret') return '…'; // not printed, not even a demo's
    if (arg.startsWith(this.dir)) return path.relative(this.dir, arg);
    return /[\s"'$]/.test(arg) ? `'${arg.replaceAll("'", "'\\''")}'` : arg;
  }

  /** `signet publish spec <specs/name.yaml> --provider … --version …`. */
  publishSpec(name: string, provider: string, version: string): Promise<SignetRun> {
    return this.signet(['publish', 'spec', specFile(name), '--provider', provider, '--version', version]);
  }

  /** `signet publish contract <files…> --version …` (consumer and provider from each file). */
  publishContracts(files: string[], version: string): Promise<SignetRun> {
    return this.signet(['publish', 'contract', ...files, '--version', version]);
  }

  /** `signet record-deployment … --environment production`. */
  recordDeployment(service: string, version: string): Promise<SignetRun> {
    return this.signet([
      'record-deployment',
      '--service',
      service,
      '--version',
      version,
      '--environment',
      'production',
    ]);
  }

  /** `signet deploy-guard … --environment production`: the verdict and the printed reasons. */
  async deployGuard(service: string, version: string): Promise<{ verdict: Verdict; text: string }> {
    const run = await this.signet(
      ['deploy-guard', '--service', service, '--version', version, '--environment', 'production'],
      [0, 1],
    );
    const verdict = /: (SAFE|UNSAFE|UNKNOWN)$/m.exec(run.stdout)?.[1]?.toLowerCase() as Verdict | undefined;
    if (verdict === undefined) throw new Error(`no verdict in:\n${run.stdout}`);
    return { verdict, text: run.stdout };
  }

  /** `signet test` against a running build, the spec from the broker, the result published for the version. */
  async verify(provider: string, version: string, url: string): Promise<void> {
    const args = ['test', '--provider', provider, '--version', version, '--provider-url', url, '--publish'];
    await this.signet([...args, '--seed', '1', '--max-examples', '5']);
  }

  /**
   * `signet mock --spec specs/<name>.yaml`: a provider's test double generated from its spec, stopped at the end
   * if its `stop` was not called first.
   */
  async mockSpec(name: string): Promise<{ url: string; stop: () => Promise<MockServed> }> {
    const mock = await startSpecMock(specFile(name), this.where);
    this.mocks.push(mock);
    this.say(`$ signet mock --spec specs/${name}.yaml --port 0\n  listening on ${mock.url}`);
    return {
      url: mock.url,
      stop: async () => {
        const served = await mock.stop();
        this.say(
          `signet mock stopped: ${served.requests} request(s), ${served.invalid} invalid, ${served.unmatched} unmatched`,
        );
        return served;
      },
    };
  }

  /** Keeps a started service, to stop it at the end. */
  async service(started: Promise<RunningService>): Promise<RunningService> {
    const service = await started;
    this.services.push(service);
    return service;
  }

  /**
   * Records a consumer's calls with one `signet proxy` per provider (in front of `targets`), while `exercise`
   * drives the consumer pointed at the proxies; resolves to the Pact files written.
   */
  async record(
    consumer: string,
    version: string,
    targets: Record<string, string>,
    exercise: (proxies: Record<string, string>) => Promise<void>,
  ): Promise<string[]> {
    const outDir = path.join(this.dir, 'pacts', version);
    const proxies = await Promise.all(
      Object.entries(targets).map(
        async ([provider, target]) =>
          [provider, await startRecordingProxy({ target, consumer, provider, outDir }, this.where)] as const,
      ),
    );
    try {
      await exercise(Object.fromEntries(proxies.map(([provider, proxy]) => [provider, proxy.url])));
    } catch (error) {
      await Promise.allSettled(proxies.map(([, proxy]) => proxy.stop()));
      throw error;
    }
    const files = await Promise.all(proxies.map(([, proxy]) => proxy.stop()));
    this.say(`recorded ${files.map((file) => path.relative(this.dir, file)).join(', ')}`);
    return files;
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.mocks.splice(0).map((mock) => mock.stop()));
    await Promise.all(this.services.splice(0).map((service) => service.close()));
    await this.broker.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}
