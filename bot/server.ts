import restify, { type Server } from 'restify';
import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger';

export interface ServerDependencies {
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  isStoreReachable: () => Promise<boolean>;
  maxBodyBytes: number;
  logger: Logger;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  /** Stops accepting requests and waits (up to the timeout) for turns in flight to finish. */
  drain(timeoutMs: number): Promise<{ unfinished: number }>;
}

export interface BotServer {
  server: Server;
  drain: RunningServer['drain'];
}

export function createServer(dependencies: ServerDependencies): BotServer {
  const { adapter, bot, logger } = dependencies;
  const server = restify.createServer({ name: 'mpn-benefits-bot', handleUncaughtExceptions: false });
  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;

  server.use(restify.plugins.bodyParser({ maxBodySize: dependencies.maxBodyBytes, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    if (draining) {
      res.send(503, { error: 'shutting down' });
      return;
    }
    if (!req.is('json') || !isActivityBody(req.body)) {
      res.send(400, { error: 'the body must be a JSON activity' });
      return;
    }
    inFlight += 1;
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error('could not process the request', { activityId: req.body?.id, error });
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  });

  server.get('/healthz', async (_req, res) => {
    const reachable = await dependencies.isStoreReachable();
    res.send(reachable && !draining ? 200 : 503, {
      status: draining ? 'draining' : reachable ? 'ok' : 'degraded',
      store: reachable ? 'reachable' : 'unreachable',
    });
  });

  const drain = (timeoutMs: number): Promise<{ unfinished: number }> => {
    draining = true;
    server.close();
    if (inFlight === 0) return Promise.resolve({ unfinished: 0 });
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ unfinished: inFlight }), timeoutMs);
      idle = () => {
        clearTimeout(timer);
        resolve({ unfinished: 0 });
      };
    });
  };
  return { server, drain };
}

export async function startServer(dependencies: ServerDependencies, port: number, host: string): Promise<RunningServer> {
  const { server, drain } = createServer(dependencies);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const printableHost = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    server,
    port: address.port,
    url: `http://${printableHost}:${address.port}`,
    drain,
  };
}

function isActivityBody(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { type?: unknown }).type === 'string';
}
