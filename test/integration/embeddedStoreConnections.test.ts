import { strict as assert } from 'node:assert';
import { connect, type Socket } from 'node:net';
import { createLogger } from '../../bot/logger';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../bot/store/embeddedCosmos';

/** Node's own default: a server closes a kept-alive connection once it has been idle this long (and up to 1 s more). */
const NODE_KEEP_ALIVE_TIMEOUT_MS = 5_000;

describe('the embedded store keeps idle connections open for its clients to reuse', () => {
  let cosmos: EmbeddedCosmos;

  before(async () => {
    cosmos = await startEmbeddedCosmos({ logger: createLogger('silent') });
  });
  after(() => cosmos.close());

  /** Sends one request on the socket and resolves with the status line of its answer. */
  const statusLine = (socket: Socket): Promise<string> =>
    new Promise((resolve, reject) => {
      socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1').split('\r\n')[0]));
      socket.once('error', reject);
      socket.write(`GET /dbs HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
    });

  it('answers on a connection that has been idle longer than a server closes one by default', async () => {
    const { port } = new URL(cosmos.endpoint);
    const socket = connect(Number(port), '127.0.0.1');
    let closedByServer = false;
    socket.on('end', () => (closedByServer = true));
    try {
      // Unsigned, so refused, but answered: what matters is the connection.
      assert.match(await statusLine(socket), /^HTTP\/1\.1 401/);
      await new Promise((resolve) => setTimeout(resolve, NODE_KEEP_ALIVE_TIMEOUT_MS + 2_000));
      assert.equal(closedByServer, false);
      assert.match(await statusLine(socket), /^HTTP\/1\.1 401/);
    } finally {
      socket.destroy();
    }
  });
});
