import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { spawnBot, waitUntilReady, type BotProcess } from '../support/botProcess';
import { DEMO_FILE } from '../support/demo';
import { postRaw, postStreamedBody } from '../support/rawRequests';
import { freshDataDir } from '../support/testApp';

const MIB = 1024 * 1024;

/** A small gzip body that inflates to `inflatedMiB` of JSON text. */
async function gzipBomb(inflatedMiB: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write('{"type":"message","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"bomb"},"text":"');
  const filler = Buffer.alloc(MIB, 'a');
  for (let written = 0; written < inflatedMiB; written += 1) {
    if (!gzip.write(filler)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end('"}');
  await finished;
  return Buffer.concat(chunks);
}

function residentMiB(bot: BotProcess): number {
  const status = readFileSync(`/proc/${bot.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** The highest resident memory of the bot while `work` runs, sampled often enough to see a body inflated in memory. */
async function peakResidentMiBDuring(bot: BotProcess, work: () => Promise<unknown>): Promise<number> {
  let peak = residentMiB(bot);
  const sampler = setInterval(() => (peak = Math.max(peak, residentMiB(bot))), 10);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, residentMiB(bot));
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
}

describe('the bot process, given hostile bodies', function () {
  this.timeout(180_000);
  let bot: BotProcess;
  let tempFolder: string;
  let url: string;
  before(async () => {
    tempFolder = mkdtempSync(join(tmpdir(), 'mpn-bot-tmpdir-'));
    bot = await spawnBot({ DATA_FILE: join(freshDataDir(), 'cosmos.json'), SEED_FILE: DEMO_FILE, TMPDIR: tempFolder, NOTIFICATIONS_ENABLED: 'false' });
    // A fresh temporary folder holds no compiled-code cache: the first start takes longer.
    await waitUntilReady(bot, 90_000);
    url = `http://127.0.0.1:${bot.port}/api/messages`;
  });
  after(async () => {
    bot.child.kill('SIGTERM');
    await bot.exited;
  });

  it('keeps its memory flat under a burst of gzip bombs', async () => {
    const bomb = await gzipBomb(64);
    assert.ok(bomb.length < 256 * 1024, 'within the body limit as sent');
    const before = residentMiB(bot);
    const statuses: number[] = [];
    const peak = await peakResidentMiBDuring(bot, () =>
      Promise.all(
        Array.from({ length: 4 }, async () => {
          const response = await postRaw(url, { 'content-type': 'application/json', 'content-encoding': 'gzip' }, bomb);
          statuses.push(response.status);
        }),
      ),
    );
    assert.ok(peak - before < 50, `resident memory grew from ${before.toFixed(0)} MiB to ${peak.toFixed(0)} MiB`);
    assert.deepEqual(statuses, [415, 415, 415, 415]);
  });

  it('writes nothing of a multipart upload to disk and keeps its memory flat', async () => {
    const boundary = 'hostile-upload';
    const upload = {
      first: Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`),
      chunk: Buffer.alloc(64 * 1024, 'z'),
      last: Buffer.from(`\r\n--${boundary}--\r\n`),
      maxBytes: 30 * MIB,
    };
    const filesBefore = filesUnder(tempFolder);
    const before = residentMiB(bot);
    let outcome: number | string = 0;
    const peak = await peakResidentMiBDuring(bot, async () => {
      // Past a body's worth of bytes the bot cuts the connection: the client may see that before it reads the 415.
      outcome = await postStreamedBody(url, { 'content-type': `multipart/form-data; boundary=${boundary}` }, upload).then(
        (response) => response.status,
        (error: NodeJS.ErrnoException) => error.code ?? error.message,
      );
    });
    assert.deepEqual(filesUnder(tempFolder), filesBefore, 'nothing new in the temporary folder');
    assert.ok(peak - before < 50, `resident memory grew from ${before.toFixed(0)} MiB to ${peak.toFixed(0)} MiB`);
    assert.ok([415, 'EPIPE', 'ECONNRESET'].includes(outcome), `refused: ${outcome}`);
  });
});
