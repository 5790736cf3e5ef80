/**
 * The embedded store on a data file in a process of its own, for tests that kill it. It loads its modules, says so,
 * waits to be told its data file (so a test can have the next process ready while it kills the current one), then
 * answers with the endpoint and key.
 */
import { createLogger } from '../../bot/logger';
import { startEmbeddedCosmos } from '../../bot/store/embeddedCosmos';

process.once('message', (message: { dataFile: string; compactAfterBytes?: number }) => {
  startEmbeddedCosmos({ dataFile: message.dataFile, compactAfterBytes: message.compactAfterBytes, logger: createLogger('silent') })
    .then((cosmos) => {
      process.send?.({ endpoint: cosmos.endpoint, key: cosmos.key });
      process.on('SIGTERM', () => void cosmos.close().then(() => process.exit(0)));
    })
    .catch((error: unknown) => {
      process.send?.({ error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    });
});
process.send?.({ loaded: true });
