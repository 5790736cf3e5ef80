import { strict as assert } from 'node:assert';
import { createHmac, randomBytes } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { createLogger } from '../../bot/logger';
import { createCosmosClient } from '../../bot/store/cosmosClient';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../bot/store/embeddedCosmos';

/** A master-key token as the Cosmos DB REST docs describe it, with the date and resource of our choosing. */
function authorization(key: string, verb: string, resourceType: string, resourceLink: string, date: string): string {
  const text = `${verb.toLowerCase()}\n${resourceType}\n${resourceLink}\n${date.toLowerCase()}\n\n`;
  const sig = createHmac('sha256', Buffer.from(key, 'base64')).update(text).digest('base64');
  return encodeURIComponent(`type=master&ver=1.0&sig=${sig}`);
}

describe('the embedded store answers only requests signed with its key', () => {
  let cosmos: EmbeddedCosmos;
  let container: Container;
  const docsLink = 'dbs/db/colls/roster';
  const rosterEntry = { id: 'intruder', role: 'globalAdmin' };

  before(async () => {
    cosmos = await startEmbeddedCosmos({ logger: createLogger('silent') });
    const client = createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key });
    const { database } = await client.databases.createIfNotExists({ id: 'db' });
    ({ container } = await database.containers.createIfNotExists({ id: 'roster', partitionKey: { paths: ['/id'] } }));
    await container.items.create({ id: 'product-key', key: 'XXXXX-XXXXX' });
  });
  after(() => cosmos.close());

  const intruderIsAbsent = async (): Promise<void> => {
    assert.equal((await container.item('intruder', 'intruder').read()).statusCode, 404);
  };

  const send = (verb: string, path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(`${cosmos.endpoint}/${path}`, {
      method: verb,
      headers: {
        'content-type': 'application/json',
        'x-ms-documentdb-partitionkey': JSON.stringify([path.endsWith('product-key') ? 'product-key' : 'intruder']),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('serves the Cosmos SDK with the key it was started with', async () => {
    const { resource } = await container.item('product-key', 'product-key').read<{ key: string }>();
    assert.equal(resource?.key, 'XXXXX-XXXXX');
  });

  it('refuses a plain request (401): no product key read, no one added to the roster', async () => {
    assert.equal((await send('GET', `${docsLink}/docs/product-key`, {})).status, 401);
    assert.equal((await send('POST', `${docsLink}/docs`, {}, rosterEntry)).status, 401);
    await intruderIsAbsent();
  });

  it('refuses the SDK with another key', async () => {
    const stranger = createCosmosClient({ endpoint: cosmos.endpoint, key: randomBytes(64).toString('base64') });
    try {
      const roster = stranger.database('db').container('roster');
      await assert.rejects(roster.items.create(rosterEntry), (error: { code?: number }) => error.code === 401);
      await assert.rejects(roster.item('product-key', 'product-key').read(), (error: { code?: number }) => error.code === 401);
    } finally {
      stranger.dispose();
    }
    await intruderIsAbsent();
  });

  it('refuses a correctly signed request whose date is long past (a replay) or whose resource was changed', async () => {
    const now = new Date().toUTCString();
    const signedNow = authorization(cosmos.key, 'POST', 'docs', docsLink, now);
    const accepted = await send('GET', `${docsLink}/docs/product-key`, {
      'x-ms-date': now,
      authorization: authorization(cosmos.key, 'GET', 'docs', `${docsLink}/docs/product-key`, now),
    });
    assert.equal(accepted.status, 200, 'the same signing, honestly used, is accepted');

    const old = new Date(Date.now() - 20 * 60_000).toUTCString();
    const replayed = await send('POST', `${docsLink}/docs`, { 'x-ms-date': old, authorization: authorization(cosmos.key, 'POST', 'docs', docsLink, old) }, rosterEntry);
    assert.equal(replayed.status, 401);
    const otherContainer = await send('POST', 'dbs/db/colls/other/docs', { 'x-ms-date': now, authorization: signedNow }, rosterEntry);
    assert.equal(otherContainer.status, 401);
    const readWithWriteSignature = await send('GET', `${docsLink}/docs/product-key`, { 'x-ms-date': now, authorization: signedNow });
    assert.equal(readWithWriteSignature.status, 401);
    await intruderIsAbsent();
  });
});
