import { exitOf, spawnSignet, waitForOutput, type SignetEnv } from './signet.js';

/** A `signet proxy` recording one consumer's calls to one provider. */
export interface RecordingProxy {
  url: string;
  /** Stops it (SIGINT, as Ctrl-C would) and resolves to the Pact file it wrote. */
  stop(): Promise<string>;
}

/** Starts `signet proxy` in front of `target`, writing `<consumer>-<provider>.json` into `outDir` when stopped. */
export async function startRecordingProxy(
  options: { target: string; consumer: string; provider: string; outDir: string },
  where: SignetEnv,
): Promise<RecordingProxy> {
  const args = ['proxy', '--target', options.target, '--port', '0', '--consumer', options.consumer];
  const { child, output } = spawnSignet(
    [...args, '--provider', options.provider, '--out', options.outDir],
    where,
  );
  const [, url] = await waitForOutput(child, () => output.stdout, /listening on (http:\/\/\S+)/, 30_000);
  return {
    url: url!,
    stop: async () => {
      child.kill('SIGINT');
      const code = await exitOf(child);
      if (code !== 0) throw new Error(`signet proxy exited ${code}:\n${output.stderr}`);
      return `${options.outDir}/${options.consumer}-${options.provider}.json`;
    },
  };
}
