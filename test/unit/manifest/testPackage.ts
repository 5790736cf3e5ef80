import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAppPackage, type AppPackageFiles } from '../../../scripts/package/appPackageFiles';
import { buildAppPackage } from '../../../scripts/package/buildAppPackage';
import { parsePackageConfig } from '../../../scripts/package/packageConfig';

/** A complete configuration with values no real deployment uses. */
export const TEST_ENV = {
  MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
  TEAMS_APP_ID: '66666666-7777-4888-9999-000000000000',
  APP_VERSION: '2.3.4-test.1',
  TEAMS_APP_SHORT_NAME: 'Benefits "test"',
  TEAMS_APP_FULL_NAME: 'Benefits of the test company',
  DEVELOPER_NAME: 'Test Publisher',
  DEVELOPER_WEBSITE_URL: 'https://publisher.test.example',
  DEVELOPER_PRIVACY_URL: 'https://publisher.test.example/privacy',
  DEVELOPER_TERMS_OF_USE_URL: 'https://publisher.test.example/terms',
  VALID_DOMAINS: 'bot.test.example, *.test.example',
} as const;

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'app-package-'));
}

/** Builds the real package from `manifest/` with the test configuration and reads the zip back. */
export async function builtTestPackage(): Promise<{ zipFile: string; files: AppPackageFiles }> {
  const zipFile = join(await tempDir(), 'app.zip');
  await buildAppPackage(parsePackageConfig(TEST_ENV), zipFile);
  return { zipFile, files: await readAppPackage(zipFile) };
}

export function jsonOf<T = Record<string, unknown>>(files: AppPackageFiles, path: string): T {
  return JSON.parse(files.get(path)!.toString('utf8')) as T;
}
