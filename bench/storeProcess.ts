/**
 * The store for the benchmark in a process of its own, as Azure Cosmos DB would be: the dispatcher process can then
 * be killed without taking the data with it. Tells its parent the endpoint and key, and runs until it is stopped.
 */
import { createLogger } from '../bot/logger';
import { startEmbeddedCosmos } from '../bot/store/embeddedCosmos';

// With DATA_FILE it journals every write to disk before answering it, as the bot's own store does.
startEmbeddedCosmos({ dataFile: process.env.DATA_FILE, logger: createLogger('silent') })
  .then((cosmos) => {
    process.send?.({ endpoint: cosmos.endpoint, key: cosmos.key });
    process.on('SIGTERM', () => void cosmos.close().then(() => process.exit(0)));
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
