import { existsSync } from 'node:fs';
import { z } from 'zod';
import dotenv from 'dotenv';
import { DEFAULT_RETENTION, MAX_RETENTION_DAYS, type Retention } from './domain/retention';

export interface StoreRequestPolicy {
  timeoutMs: number;
  throttleRetries: number;
  throttleMaxWaitMs: number;
}

/**
 * What a request may cost a turn: the SDK's own defaults (60 s per request, 9 retries of a 429 within 30 s) outlast
 * Teams' 15 s many times over, so a turn would fail long after Teams gave up on it.
 */
export const DEFAULT_STORE_REQUEST_POLICY: StoreRequestPolicy = { timeoutMs: 4000, throttleRetries: 2, throttleMaxWaitMs: 2000 };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
    BOT_OPENID_METADATA: optionalText.pipe(z.url().optional()),
    COSMOS_ENDPOINT: optionalText.pipe(z.url().optional()),
    COSMOS_KEY: optionalText,
    COSMOS_CONNECTION_STRING: optionalText,
    COSMOS_DATABASE: z.string().trim().min(1).default('mpn-benefits'),
    COSMOS_CONTAINER: z.string().trim().min(1).default('benefits'),
    COSMOS_STATE_CONTAINER: z.string().trim().min(1).default('bot-state'),
    DATA_FILE: z.string().trim().min(1).default('.data/cosmos.json'),
    COSMOS_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_STORE_REQUEST_POLICY.timeoutMs),
    COSMOS_THROTTLE_RETRIES: z.coerce.number().int().min(0).max(9).default(DEFAULT_STORE_REQUEST_POLICY.throttleRetries),
    COSMOS_THROTTLE_MAX_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(DEFAULT_STORE_REQUEST_POLICY.throttleMaxWaitMs),
    TURN_DEADLINE_MS: z.coerce.number().int().min(1000).max(12_000).default(10_000),
    ALLOW_EMBEDDED_STORE: z.enum(['true', 'false']).default('false'),
    SEED_FILE: optionalText,
    ALLOWED_TENANTS: optionalText.transform((value) =>
      value === undefined ? [] : value.split(',').map((tenant) => tenant.trim().toLowerCase()).filter(Boolean),
    ),
    ALLOW_UNAUTHENTICATED_AZURE_COSMOS: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    NOTIFICATIONS_ENABLED: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
    NOTIFY_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000).default(5 * 60_000),
    NOTIFY_POLL_INTERVAL_MS: z.coerce.number().int().min(50).default(2000),
    NOTIFY_TENANT_RATE: z.coerce.number().int().min(1).max(1000).default(50),
    NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
    NOTIFY_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(MAX_RETENTION_DAYS).default(DEFAULT_RETENTION.auditDays),
    OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(MAX_RETENTION_DAYS).default(DEFAULT_RETENTION.finishedOutboxDays),
    RETENTION_PURGE_INTERVAL_MS: z.coerce.number().int().min(1000).default(60 * 60_000),
  });

type Variables = Record<string, string>;

/**
 * Checks between variables, on the raw values so they are reported together with any invalid single value
 * (a schema refinement would not run once one value fails).
 */
function contradictions(env: Variables): string[] {
  const problems: string[] = [];
  const has = (name: string): boolean => env[name] !== undefined;
  const appType = env.MicrosoftAppType?.trim() ?? 'MultiTenant';
  if (has('MicrosoftAppId') && appType !== 'UserAssignedMSI' && !has('MicrosoftAppPassword')) {
    problems.push('MicrosoftAppPassword is required when MicrosoftAppId is set');
  }
  if (!has('MicrosoftAppId') && has('MicrosoftAppPassword')) {
    problems.push('MicrosoftAppId is required when MicrosoftAppPassword is set');
  }
  if (appType === 'SingleTenant' && !has('MicrosoftAppTenantId')) {
    problems.push('MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant');
  }
  if (!has('MicrosoftAppId') && has('HOST') && !LOOPBACK_HOSTS.has(env.HOST.trim())) {
    problems.push('HOST may only be a loopback address while MicrosoftAppId is unset (the bot would accept unauthenticated requests)');
  }
  if (has('COSMOS_CONNECTION_STRING') && (has('COSMOS_ENDPOINT') || has('COSMOS_KEY'))) {
    problems.push('COSMOS_CONNECTION_STRING cannot be combined with COSMOS_ENDPOINT or COSMOS_KEY');
  }
  if (has('COSMOS_CONNECTION_STRING') && parseConnectionString(env.COSMOS_CONNECTION_STRING) === undefined) {
    problems.push('COSMOS_CONNECTION_STRING must look like AccountEndpoint=https://…;AccountKey=…;');
  }
  if (has('COSMOS_ENDPOINT') && !has('COSMOS_KEY')) problems.push('COSMOS_KEY is required when COSMOS_ENDPOINT is set');
  if (has('COSMOS_KEY') && !has('COSMOS_ENDPOINT')) problems.push('COSMOS_ENDPOINT is required when COSMOS_KEY is set');
  const usesEmbeddedStore = !has('COSMOS_ENDPOINT') && !has('COSMOS_KEY') && !has('COSMOS_CONNECTION_STRING');
  if (has('MicrosoftAppId') && usesEmbeddedStore && env.ALLOW_EMBEDDED_STORE?.trim() !== 'true') {
    problems.push(
      'ALLOW_EMBEDDED_STORE must be true to run on the embedded store while MicrosoftAppId is set (production): it is one process on one machine, for development; give the bot Azure Cosmos DB with COSMOS_ENDPOINT and COSMOS_KEY (or COSMOS_CONNECTION_STRING)',
    );
  }
  if ((env.COSMOS_CONTAINER?.trim() ?? 'benefits') === (env.COSMOS_STATE_CONTAINER?.trim() ?? 'bot-state')) {
    problems.push('COSMOS_STATE_CONTAINER must differ from COSMOS_CONTAINER');
  }
  return problems;
}

export type CosmosSettings = { kind: 'azure'; endpoint: string; key: string } | { kind: 'embedded'; dataFile?: string };

export interface BotCredentials {
  appId: string;
  appPassword?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
}

export interface AppConfig {
  port: number;
  host: string;
  credentials?: BotCredentials;
  openIdMetadata?: string;
  cosmos: CosmosSettings;
  databaseId: string;
  containerId: string;
  stateContainerId: string;
  storeRequests: StoreRequestPolicy;
  /** How long a turn may take before the user hears the store is busy; with the answer, within Teams' 15 s. */
  turnDeadlineMs: number;
  seedFile?: string;
  allowedTenants: string[];
  /** Serve unauthenticated (loopback) requests from an Azure Cosmos DB account anyway: a deliberate choice. */
  allowUnauthenticatedAzureCosmos: boolean;
  maxBodyBytes: number;
  shutdownTimeoutMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  notifications: NotificationConfig;
  retention: RetentionConfig;
}

export interface RetentionConfig extends Retention {
  /** How often the embedded store, which has no TTL, deletes what has expired. */
  purgeIntervalMs: number;
}

/** How long one Cosmos request may take, and how often and how long a throttled one (429) is retried. */

export interface NotificationConfig {
  enabled: boolean;
  schedulerIntervalMs: number;
  pollIntervalMs: number;
  /** Sends per second per company, from each instance. */
  tenantRatePerSecond: number;
  maxAttempts: number;
  leaseMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  // A variable set to blanks (`PORT=` in .env) means "use the default", as if it were not set at all.
  const setVariables = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''),
  );
  const result = EnvSchema.safeParse(setVariables);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`)),
    ...contradictions(setVariables),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const parsed = result.data;
  const credentials: BotCredentials | undefined =
    parsed.MicrosoftAppId === undefined
      ? undefined
      : {
          appId: parsed.MicrosoftAppId,
          appPassword: parsed.MicrosoftAppPassword,
          appType: parsed.MicrosoftAppType,
          tenantId: parsed.MicrosoftAppTenantId,
        };
  return {
    port: parsed.PORT,
    host: parsed.HOST ?? (credentials ? '0.0.0.0' : '127.0.0.1'),
    credentials,
    openIdMetadata: parsed.BOT_OPENID_METADATA,
    cosmos: cosmosSettings(parsed),
    databaseId: parsed.COSMOS_DATABASE,
    containerId: parsed.COSMOS_CONTAINER,
    stateContainerId: parsed.COSMOS_STATE_CONTAINER,
    storeRequests: {
      timeoutMs: parsed.COSMOS_REQUEST_TIMEOUT_MS,
      throttleRetries: parsed.COSMOS_THROTTLE_RETRIES,
      throttleMaxWaitMs: parsed.COSMOS_THROTTLE_MAX_WAIT_MS,
    },
    turnDeadlineMs: parsed.TURN_DEADLINE_MS,
    seedFile: parsed.SEED_FILE,
    allowedTenants: parsed.ALLOWED_TENANTS,
    allowUnauthenticatedAzureCosmos: parsed.ALLOW_UNAUTHENTICATED_AZURE_COSMOS,
    maxBodyBytes: parsed.MAX_BODY_BYTES,
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    logLevel: parsed.LOG_LEVEL,
    notifications: {
      enabled: parsed.NOTIFICATIONS_ENABLED,
      schedulerIntervalMs: parsed.NOTIFY_SCHEDULER_INTERVAL_MS,
      pollIntervalMs: parsed.NOTIFY_POLL_INTERVAL_MS,
      tenantRatePerSecond: parsed.NOTIFY_TENANT_RATE,
      maxAttempts: parsed.NOTIFY_MAX_ATTEMPTS,
      leaseMs: parsed.NOTIFY_LEASE_MS,
    },
    retention: {
      auditDays: parsed.AUDIT_RETENTION_DAYS,
      finishedOutboxDays: parsed.OUTBOX_RETENTION_DAYS,
      purgeIntervalMs: parsed.RETENTION_PURGE_INTERVAL_MS,
    },
  };
}

function cosmosSettings(parsed: z.infer<typeof EnvSchema>): CosmosSettings {
  const fromConnectionString =
    parsed.COSMOS_CONNECTION_STRING === undefined ? undefined : parseConnectionString(parsed.COSMOS_CONNECTION_STRING);
  if (fromConnectionString) {
    return { kind: 'azure', ...fromConnectionString };
  }
  if (parsed.COSMOS_ENDPOINT !== undefined && parsed.COSMOS_KEY !== undefined) {
    return { kind: 'azure', endpoint: parsed.COSMOS_ENDPOINT, key: parsed.COSMOS_KEY };
  }
  return { kind: 'embedded', dataFile: parsed.DATA_FILE };
}

/**
 * What stops the bot from serving with a configuration that is valid as such (the import uses the same settings):
 * without credentials every local program and web page that reaches loopback could read and change a real account's
 * data, so that needs an explicit choice. A Cosmos endpoint on loopback (the emulator) is not a real account.
 */
export function servingProblems(config: AppConfig): string[] {
  const againstRealAccount = config.cosmos.kind === 'azure' && !isLoopbackUrl(config.cosmos.endpoint);
  if (config.credentials || !againstRealAccount || config.allowUnauthenticatedAzureCosmos) return [];
  return [
    'ALLOW_UNAUTHENTICATED_AZURE_COSMOS must be true to serve an Azure Cosmos DB account without MicrosoftAppId ' +
      '(requests would not be authenticated); set the app credentials instead',
  ];
}

function isLoopbackUrl(url: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(url).hostname.replace(/^\[(.*)\]$/, '$1'));
}

/** Splits `AccountEndpoint=…;AccountKey=…;` into its parts; undefined when either is missing. */
export function parseConnectionString(connectionString: string): { endpoint: string; key: string } | undefined {
  const parts = new Map<string, string>();
  for (const segment of connectionString.split(';')) {
    const separator = segment.indexOf('=');
    if (separator > 0) parts.set(segment.slice(0, separator).trim().toLowerCase(), segment.slice(separator + 1).trim());
  }
  const endpoint = parts.get('accountendpoint');
  const key = parts.get('accountkey');
  if (!endpoint || !key || !URL.canParse(endpoint)) return undefined;
  return { endpoint, key };
}

/** Reads `.env` (when present) beneath the real environment, which always wins. */
export function loadConfig(envFile = '.env'): AppConfig {
  if (existsSync(envFile)) {
    dotenv.config({ path: envFile, override: false, quiet: true });
  }
  return parseConfig(process.env);
}
