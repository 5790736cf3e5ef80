import net from 'node:net';

/**
 * Preloaded into the Playground (`node --import tsx --import <this file>`): it calls `server.listen(port)` with no host,
 * which would expose its unauthenticated mock connector on every interface. Servers that name no host get loopback.
 */
const LOOPBACK = '127.0.0.1';
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with each server as `this`
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(this: net.Server, ...args: unknown[]): net.Server {
  const [first, second] = args;
  if (first === undefined || typeof first === 'function') {
    args.unshift(0, LOOPBACK);
  } else if (typeof first === 'number' && typeof second !== 'string') {
    args.splice(1, 0, LOOPBACK);
  } else if (typeof first === 'object' && first !== null && !('host' in first || 'path' in first || 'fd' in first)) {
    args[0] = { ...first, host: LOOPBACK };
  }
  return (listen as (...a: unknown[]) => net.Server).apply(this, args);
} as typeof listen;
