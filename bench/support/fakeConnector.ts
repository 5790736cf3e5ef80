import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The Teams connector on loopback for a load run: answers every send or update at once and only counts them. */
export async function startFakeConnector(): Promise<{ url: string; sends: () => number; close: () => Promise<void> }> {
  let sends = 0;
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      sends += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"id":"sent-${sends}"}`);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sends: () => sends,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
