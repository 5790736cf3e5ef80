import { ConversationState } from 'botbuilder';
import { readFile } from 'node:fs/promises';
import { createAdapter, handleTurnErrors, turnDeadline } from './adapter';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import { ConversationReferences } from './notify/conversationReferences';
import { startNotifier, type RunningNotifier } from './notify/notifier';
import { AdapterProactiveSender } from './proactiveSender';
import { startServer, type RunningServer } from './server';
import { createServices } from './services/appServices';
import { importTenant, parseImportFile } from './services/importTenant';
import { CosmosBotStorage } from './store/cosmosBotStorage';
import { DirectoryRepository } from './store/directoryRepository';
import { startRetentionPurgeWhereNeeded } from './store/purgeWhereNeeded';
import { RetentionPurge, type RunningPurge } from './store/retentionPurge';
import { openStore, type StoreConnection } from './store/storeConnection';
import { TenantDocuments } from './store/tenantDocuments';
import { TenantIndex } from './store/tenantIndex';
import { tenantGuard } from './tenantGuard';
import { BenefitsBot } from './teamsBot';
import { createMainDialog } from '../dialogs/createMainDialog';
import { renderNotification } from '../dialogs/notifications/renderNotification';

export interface RunningApp {
  url: string;
  port: number;
  store: StoreConnection;
  /** Finishes turns in flight, makes the store durable and releases everything. */
  stop(): Promise<void>;
}

export async function startApp(config: AppConfig, logger: Logger): Promise<RunningApp> {
  const store = await openStore(config, logger.child('store'));
  let server: RunningServer | undefined;
  let notifier: RunningNotifier | undefined;
  let purge: RunningPurge | undefined;
  try {
    const documents = new TenantDocuments(store.domain);
    const directory = new DirectoryRepository(documents);
    if (config.seedFile) await seedIfEmpty(documents, directory, config.seedFile, config.retention.auditDays, logger);

    const conversationState = new ConversationState(new CosmosBotStorage(store.state));
    const services = createServices(documents, config.retention);
    const adapter = createAdapter(config);
    adapter.use(tenantGuard(config.allowedTenants, logger.child('tenant-guard')));
    adapter.use(turnDeadline(config.turnDeadlineMs));
    handleTurnErrors(adapter, conversationState, logger.child('turn'));
    // One instance for the bot and the notifier: a reference the dispatcher retires is written again on the next turn.
    const conversations = new ConversationReferences(documents);
    const bot = new BenefitsBot({
      conversationState,
      mainDialog: createMainDialog(services, conversations, conversationState, logger.child('dialogs')),
      services,
      directory: services.directory.callerLookups,
      languages: services.languages,
      conversations,
      logger: logger.child('bot'),
    });

    server = await startServer(
      {
        adapter,
        bot,
        mode: config.credentials ? 'authenticated' : 'local',
        isStoreReachable: () => store.isReachable(),
        maxBodyBytes: config.maxBodyBytes,
        logger,
      },
      config.port,
      config.host,
    );
    // Azure Cosmos DB removes expired documents itself; the Cosmos-compatible server, in this process or not, has no TTL.
    purge = startRetentionPurgeWhereNeeded({
      storeExpiresDocuments: (signal) => store.expiresDocuments(signal),
      purge: new RetentionPurge(store.domain),
      listTenantIds: () => new TenantIndex(store.domain).listTenantIds(),
      intervalMs: config.retention.purgeIntervalMs,
      logger: logger.child('retention'),
    });
    if (config.notifications.enabled) {
      const trigger = services.notificationTrigger;
      // An adapter of its own: the turn middleware (tenant allow-list, error replies) is for incoming turns.
      const sender = new AdapterProactiveSender(createAdapter(config), config.credentials?.appId);
      notifier = startNotifier({ config, store, documents, conversations, trigger, sender, render: renderNotification, logger: logger.child('notify') });
    }
  } catch (error) {
    await purge?.stop();
    await store.close();
    throw error;
  }
  const running = server;
  return {
    url: running.url,
    port: running.port,
    store,
    async stop() {
      const { unfinished } = await running.drain(config.shutdownTimeoutMs);
      if (unfinished > 0) logger.warn('stopped with turns still in flight', { unfinished });
      await notifier?.stop();
      await purge?.stop();
      await store.close();
    },
  };
}

/** Loads the seed file (the demo company) only into a store that does not hold that company yet. */
async function seedIfEmpty(
  documents: TenantDocuments,
  directory: DirectoryRepository,
  seedFile: string,
  auditRetentionDays: number,
  logger: Logger,
): Promise<void> {
  const file = parseImportFile(JSON.parse(await readFile(seedFile, 'utf8')));
  if (await directory.getTenant(file.tenant.tenantId)) return;
  const summary = await importTenant(documents, file, 'seed', { auditRetentionDays });
  logger.info('loaded the seed data into the empty store', { seedFile, ...summary });
}

