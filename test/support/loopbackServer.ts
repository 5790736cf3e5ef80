import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts the server on a free loopback port. */
export async function listenOnLoopback(server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}

/** The server's base URL, without a trailing slash; fails when it is not listening. */
export function loopbackUrl(server: Server | undefined, what: string): string {
  const address = server?.address() as AddressInfo | undefined;
  if (!address) throw new Error(`${what} is not started`);
  return `http://127.0.0.1:${address.port}`;
}

/** Stops the server at once, dropping the connections kept alive. */
export async function closeNow(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
