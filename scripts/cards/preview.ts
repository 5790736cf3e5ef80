import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { expandedSamples, type ExpandedSample } from '../../test/support/cards/catalog';
import { withChromium } from './chromium';
import { drawCard, FRAME_SELECTOR, openPreviewPage } from './previewPage';

const PREVIEWS_DIR = join(__dirname, '..', '..', 'docs', 'cards');

function previewFile(sample: ExpandedSample): string {
  return join(PREVIEWS_DIR, sample.card, `${sample.sample}.${sample.locale}.png`);
}

/** Previews of cards or samples that are gone must not linger. */
async function removeOldPreviews(): Promise<void> {
  const entries = await readdir(PREVIEWS_DIR, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((file) => file.isFile() && file.name.endsWith('.png'))) {
    await rm(join(entry.parentPath, entry.name));
  }
}

/** `npm run cards:preview`: draws every sample of every card in every language to `docs/cards/`. */
async function main(): Promise<void> {
  const samples = expandedSamples();
  await removeOldPreviews();
  await withChromium(async (context) => {
    const page = await context.newPage();
    await openPreviewPage(page);
    for (const sample of samples) {
      const file = previewFile(sample);
      await mkdir(dirname(file), { recursive: true });
      await drawCard(page, sample.content);
      await page.locator(FRAME_SELECTOR).screenshot({ path: file });
    }
  });
  process.stdout.write(`Drew ${samples.length} card previews in ${relative(process.cwd(), PREVIEWS_DIR) || '.'}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Card previews failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
