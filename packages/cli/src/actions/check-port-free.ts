import net from 'node:net';
import { CliError } from '../exit-codes.js';

/**
 * Listens on `host:port` for a moment and lets go, so a port that cannot be used is reported in one line
 * before anything slow starts (the broker initialises its database before it listens). Port 0 always works.
 * Another process may still take the port in between; then the broker reports it itself, as it does any
 * other failure to listen.
 *
 * @example await checkPortFree('127.0.0.1', 9292) // CliError "port 9292 on 127.0.0.1 is already in use" (exit 2)
 */
export async function checkPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const server = net.createServer();
  const code = await new Promise<string | undefined>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'unknown'));
    server.listen({ host, port, exclusive: true }, () => resolve(undefined));
  });
  if (code === undefined) return new Promise((resolve) => server.close(() => resolve()));
  switch (code) {
    case 'EADDRINUSE':
      throw new CliError(`port ${port} on ${host} is already in use`);
    case 'EACCES':
      throw new CliError(`port ${port} on ${host} needs privileges this user lacks; pick a port above 1023`);
    case 'EADDRNOTAVAIL':
      throw new CliError(`${host} is not an address of this machine (--host)`);
  }
}
