/**
 * The embedded store on a data file in a process of its own, for tests that kill it: tells its parent the endpoint
 * and key once it is ready.
 */
import { createLogger } from '../../bot/logger';
import { startEmbeddedCosmos } from '../../bot/store/embeddedCosmos';

startEmbeddedCosmos({ dataFile: process.env.DATA_FILE, logger: createLogger('silent') })
  .then((cosmos) => {
    process.send?.({ endpoint: cosmos.endpoint, key: cosmos.key });
    process.on('SIGTERM', () => void cosmos.close().then(() => process.exit(0)));
  })
  .catch((error: unknown) => {
    process.send?.({ error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
