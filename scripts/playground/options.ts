import { parseArgs } from 'node:util';
import { DEFAULT_DEMO_USER, DEMO_USER_NAMES, type DemoUserName, parseDemoUserName } from './users';

export interface StartOptions {
  user: DemoUserName;
  botPort: number;
  /** Host the Playground uses to reach the bot (the bot's HOST, or loopback when the bot listens everywhere). */
  botHost: string;
  playgroundPort: number;
  botEntry: string;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = [
  'Usage: npm start [-- --as <user>]',
  `  --as <user>          demo user to chat as: ${DEMO_USER_NAMES.join(', ')} (default ${DEFAULT_DEMO_USER})`,
  'Environment:',
  '  PLAYGROUND_USER      same as --as (the flag wins)',
  '  PORT                 bot port (default 3978); HOST as for the bot',
  '  PLAYGROUND_PORT      Playground port (default 56150)',
  '  BOT_ENTRY            bot entry file run with tsx (default bot/index.ts)',
].join('\n');

function port(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) throw new UsageError(`${name} must be a port number, got "${value}"`);
  return parsed;
}

function reachableHost(host: string | undefined): string {
  const value = host?.trim();
  if (!value || value === '0.0.0.0' || value === '::' || value === 'localhost') return '127.0.0.1';
  return value;
}

/** Returns undefined when help was asked for. */
export function parseStartOptions(argv: string[], env: NodeJS.ProcessEnv): StartOptions | undefined {
  let values: { as?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { as: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return undefined;
  const requested = values.as ?? env.PLAYGROUND_USER;
  let user: DemoUserName;
  try {
    user = requested === undefined || requested.trim() === '' ? DEFAULT_DEMO_USER : parseDemoUserName(requested);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return {
    user,
    botPort: port('PORT', env.PORT, 3978),
    botHost: reachableHost(env.HOST),
    playgroundPort: port('PLAYGROUND_PORT', env.PLAYGROUND_PORT, 56150),
    botEntry: env.BOT_ENTRY?.trim() || 'bot/index.ts',
  };
}

export const hostInUrl = (host: string): string => (host.includes(':') ? `[${host}]` : host);
