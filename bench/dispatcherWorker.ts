/**
 * One dispatcher process for the benchmark: the bot's dispatcher without the chat server, against the store and
 * connector the benchmark runs. Stops on SIGTERM (finishing the sends under way); the benchmark also kills it.
 */
import { loadConfig } from '../bot/config';
import { createAdapter } from '../bot/adapter';
import { createLogger } from '../bot/logger';
import { ConversationReferences } from '../bot/notify/conversationReferences';
import { createDispatcher } from '../bot/notify/notifier';
import { AdapterProactiveSender } from '../bot/proactiveSender';
import { openStore } from '../bot/store/storeConnection';
import { TenantDocuments } from '../bot/store/tenantDocuments';
import { renderNotification } from '../dialogs/notifications/renderNotification';

async function main(): Promise<void> {
  const config = loadConfig('/dev/null');
  const logger = createLogger(config.logLevel, 'bench-dispatcher');
  const store = await openStore(config, logger);
  const documents = new TenantDocuments(store.domain);
  const dispatcher = createDispatcher({
    config,
    store,
    documents,
    conversations: new ConversationReferences(documents),
    sender: new AdapterProactiveSender(createAdapter(config), config.credentials?.appId),
    render: renderNotification,
    logger,
  });
  dispatcher.start();
  process.send?.('ready');
  process.on('SIGTERM', () => {
    void dispatcher.stop().then(async () => {
      await store.close();
      process.exit(0);
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
