import restify, { type Request, type Response, type Server } from 'restify';
import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import { checkedActivity, type IncomingActivity } from './activitySchema';
import type { Logger } from './logger';
import { cachedProbe } from './readiness';
import { activityRefusal, headerRefusal, hostRefusal, type EdgeMode, type Refusal } from './requestAdmission';
import { discardUnreadBody, readBoundedBody } from './requestBody';
import { withBodyKeptOutOfErrors } from './responseWriting';

export interface ServerDependencies {
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  mode: EdgeMode;
  isStoreReachable: () => Promise<boolean>;
  maxBodyBytes: number;
  logger: Logger;
}

/** How long a readiness answer is reused. */
const READINESS_MAX_AGE_MS = 5000;

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
  const { adapter, bot, mode, logger } = dependencies;
  const server = restify.createServer({ name: 'mpn-benefits-bot', handleUncaughtExceptions: false });
  const isStoreReachable = cachedProbe(dependencies.isStoreReachable, READINESS_MAX_AGE_MS);
  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;

  if (mode === 'local') {
    server.pre((req: Request, res: Response, next: (result?: false) => void) => {
      const refusal = hostRefusal(req.headers);
      if (refusal) {
        refuse(res, refusal);
        return next(false);
      }
      return next();
    });
  }

  server.post('/api/messages', async (req, res) => {
    if (draining) return refuse(res, { status: 503, error: 'shutting down' });
    // Counted from the first byte read: a shutdown that starts while the body arrives waits for the turn too.
    inFlight += 1;
    let activity: IncomingActivity | undefined;
    try {
      activity = await admittedActivity(req, res, dependencies);
      if (activity === undefined) return;
      req.body = activity;
      await adapter.process(req, withBodyKeptOutOfErrors(res), (context) => bot.run(context));
    } catch (error) {
      logger.error('could not process the request', { activityId: activity?.id, error });
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  });

  // Liveness: the process serves. It asks nothing of the store, so a store outage does not get the process restarted.
  server.get('/healthz', (_req, res, next) => {
    res.send(draining ? 503 : 200, { status: draining ? 'draining' : 'ok' });
    next();
  });

  // Readiness: the store answers, so the instance can take turns; a load balancer takes it out of rotation otherwise.
  server.get('/readyz', async (_req, res) => {
    if (draining) {
      res.send(503, { status: 'draining' });
      return;
    }
    const reachable = await isStoreReachable();
    res.send(reachable ? 200 : 503, { status: reachable ? 'ready' : 'not ready', store: reachable ? 'reachable' : 'unreachable' });
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
  const address = server.address();
  const printableHost = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    server,
    port: address.port,
    url: `http://${printableHost}:${address.port}`,
    drain,
  };
}

/**
 * The activity of a request that passes every check at the edge, or undefined once the request has been answered.
 * The body is read only after the headers pass, bounded by the size limit, and parsed only whole.
 */
async function admittedActivity(
  req: Request,
  res: Response,
  { mode, maxBodyBytes, logger }: ServerDependencies,
): Promise<IncomingActivity | undefined> {
  const headersRefused = headerRefusal(req.headers, mode);
  if (headersRefused) return refuseUnread(req, res, headersRefused, maxBodyBytes);
  const body = await readBoundedBody(req, maxBodyBytes);
  if (body.kind === 'aborted') return undefined;
  if (body.kind === 'tooLarge') return refuseUnread(req, res, { status: 413, error: `the body is larger than ${maxBodyBytes} bytes` }, maxBodyBytes);
  let json: unknown;
  try {
    json = JSON.parse(body.bytes.toString('utf8'));
  } catch {
    return refuse(res, NOT_AN_ACTIVITY);
  }
  const { activity, wrongFields } = checkedActivity(json);
  if (!activity) {
    logger.info('refused a body that is not a well-formed activity', { fields: wrongFields.slice(0, 5) });
    return refuse(res, NOT_AN_ACTIVITY);
  }
  const activityRefused = activityRefusal(activity, mode);
  if (activityRefused) {
    logger.warn('refused an activity', { activityId: activity.id, channelId: activity.channelId, reason: activityRefused.error });
    return refuse(res, activityRefused);
  }
  return activity;
}

const NOT_AN_ACTIVITY: Refusal = { status: 400, error: 'the body must be a Bot Framework activity' };

function refuse(res: Response, { status, error }: Refusal): undefined {
  res.send(status, { error });
  return undefined;
}

/** For a refusal before the body is read to its end: the rest of it is dropped as it arrives, up to a limit. */
function refuseUnread(req: Request, res: Response, refusal: Refusal, limit: number): undefined {
  discardUnreadBody(req, limit);
  return refuse(res, refusal);
}
