/**
 * The counting store in a process of its own, as Azure Cosmos DB is a service of its own: the load generator and the
 * store then do not share an event loop. Tells its parent the endpoint and key, and answers `counts` with what it served.
 */
import { startCountingCosmos, type StoreKind } from './countingCosmos';

startCountingCosmos((process.env.BENCH_STORE ?? 'bare') as StoreKind, process.env.DATA_FILE)
  .then((cosmos) => {
    process.send?.({ endpoint: cosmos.endpoint, key: cosmos.key });
    process.on('message', (message) => {
      if (message === 'counts') process.send?.({ counts: cosmos.counts() });
    });
    process.on('SIGTERM', () => void cosmos.close().then(() => process.exit(0)));
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
