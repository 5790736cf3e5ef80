import { existsSync } from 'node:fs';
import dotenv from 'dotenv';
import { z } from 'zod';
import { ConfigError } from '../../bot/config';
import { version as projectVersion } from '../../package.json';
import { isSemver } from './semver';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function required(what: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? `is required (${what})` : 'must be text') });
}

const guid = (what: string) => required(what).regex(GUID, `must be a GUID like 00000000-0000-0000-0000-000000000000 (${what})`);

const httpsUrl = (what: string) =>
  required(what)
    .max(2048, 'must be at most 2048 characters')
    .pipe(z.url({ protocol: /^https$/, error: `must be an https:// URL (${what})` }));

const hostNames = z
  .string()
  .transform((value) => value.split(',').map((domain) => domain.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string().max(2048).regex(HOST_NAME, 'must list host names like bot.contoso.com, without https:// or a path'))
      .max(16, 'may list at most 16 domains'),
  );

/** Each name is the `${{NAME}}` placeholder it fills in `manifest/`. */
const PackageEnv = z.object({
  MicrosoftAppId: guid('the Azure Bot app id'),
  TEAMS_APP_ID: guid('the id of the Teams app'),
  APP_VERSION: z
    .string()
    .refine(isSemver, 'must be a semantic version like 1.2.3 (raise it with every upload to Teams)')
    .default(projectVersion),
  TEAMS_APP_SHORT_NAME: z.string().max(30, 'must be at most 30 characters').default('MPN benefits'),
  TEAMS_APP_FULL_NAME: z
    .string()
    .max(100, 'must be at most 100 characters')
    .default('Microsoft Partner Network membership benefits'),
  DEVELOPER_NAME: required('the publisher shown in Teams').max(32, 'must be at most 32 characters'),
  DEVELOPER_WEBSITE_URL: httpsUrl("the publisher's website"),
  DEVELOPER_PRIVACY_URL: httpsUrl('the privacy statement'),
  DEVELOPER_TERMS_OF_USE_URL: httpsUrl('the terms of use'),
  VALID_DOMAINS: hostNames.default([]),
});

export type PackageConfig = z.infer<typeof PackageEnv>;
export const PACKAGE_VARIABLES = Object.keys(PackageEnv.shape) as (keyof PackageConfig)[];

export function parsePackageConfig(env: NodeJS.ProcessEnv): PackageConfig {
  // As for the bot, a variable set to blanks means "not set".
  const setVariables = Object.fromEntries(
    PACKAGE_VARIABLES.flatMap((name) => {
      const value = env[name]?.trim();
      return value ? [[name, value]] : [];
    }),
  );
  const result = PackageEnv.safeParse(setVariables);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  return result.data;
}

/** Reads `.env` (when present) beneath the real environment, which always wins. */
export function loadPackageConfig(envFile = '.env'): PackageConfig {
  if (existsSync(envFile)) dotenv.config({ path: envFile, override: false, quiet: true });
  return parsePackageConfig(process.env);
}
