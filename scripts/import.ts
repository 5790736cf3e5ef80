import { readFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { ImportFileError, importTenant, parseImportFile } from '../bot/services/importTenant';
import { openStore } from '../bot/store/storeConnection';
import { TenantDocuments } from '../bot/store/tenantDocuments';

/** `npm run import -- <file.json>`: loads a company's profile, roster and benefits into the configured store. */
async function main(): Promise<number> {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('Usage: npm run import -- <file.json>\n');
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    process.stderr.write(`Cannot read ${path}: ${(error as Error).message}\n`);
    return 1;
  }
  let file;
  try {
    file = parseImportFile(json);
  } catch (error) {
    if (error instanceof ImportFileError) {
      process.stderr.write(`${error.message}\nNothing was imported.\n`);
      return 1;
    }
    throw error;
  }

  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const store = await openStore(config, logger);
  try {
    const summary = await importTenant(new TenantDocuments(store.domain), file, `import:${path}`, {
      auditRetentionDays: config.retention.auditDays,
    });
    process.stdout.write(
      `Imported ${summary.tenantId}: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged.\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError ? error.message : `Import failed: ${(error as Error).message}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  },
);
