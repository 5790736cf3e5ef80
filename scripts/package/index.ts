import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../bot/config';
import { AppPackageError, buildAppPackage } from './buildAppPackage';
import { loadPackageConfig } from './packageConfig';
import { PlaceholderError } from './placeholders';

/** `npm run package [-- --out <file.zip>]`: builds the Teams app package from `manifest/` and the configuration. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = loadPackageConfig();
  const zipFile = resolve(values.out ?? `dist/teams-app-${config.APP_VERSION}.zip`);
  await buildAppPackage(config, zipFile);
  process.stdout.write(`Wrote ${zipFile} (Teams app ${config.TEAMS_APP_ID}, version ${config.APP_VERSION}, bot ${config.MicrosoftAppId}).\n`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof AppPackageError || error instanceof PlaceholderError;
  const hint = error instanceof ConfigError ? '\nSet them in the environment or in .env (.env.example describes each).' : '';
  process.stderr.write(`${known ? (error).message : `Packaging failed: ${(error as Error).stack}`}${hint}\nNo package was written.\n`);
  process.exitCode = 1;
});
