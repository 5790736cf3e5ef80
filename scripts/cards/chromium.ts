import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and quiet: without these Chromium keeps calling out to the internet, which this machine refuses. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A preview must come out byte for byte the same on every machine with the same Chromium and fonts: one pixel per CSS
 * pixel, sRGB, and glyphs drawn without hinting, subpixel positioning or LCD anti-aliasing, which follow the machine's
 * fontconfig and screen otherwise.
 */
const PREVIEW_ARGS = [
  ...CHROMIUM_ARGS,
  '--force-device-scale-factor=1',
  '--force-color-profile=srgb',
  '--font-render-hinting=none',
  '--disable-font-subpixel-positioning',
  '--disable-lcd-text',
];

/** The one font family the previews use (see previewPage.ts); Debian's fonts-noto-cjk has it, Latin letters included. */
export const PREVIEW_FONT = 'Noto Sans CJK SC';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'about:' || LOOPBACK_HOSTS.has(hostname);
}

/** Runs `use` in a headless Chromium with a fresh profile that cannot reach beyond this machine. */
export async function withChromium<T>(use: (context: BrowserContext) => Promise<T>): Promise<T> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. On Debian or Ubuntu: sudo apt-get install chromium fonts-noto-cjk`);
  }
  if (!hasFont(PREVIEW_FONT)) {
    throw new Error(`The font "${PREVIEW_FONT}" is not installed. On Debian or Ubuntu: sudo apt-get install fonts-noto-cjk`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'card-preview-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: PREVIEW_ARGS,
    viewport: { width: 640, height: 480 },
    deviceScaleFactor: 1,
  });
  try {
    // A preview must show the card alone: an image URL in a card would otherwise be fetched from the internet.
    await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
    return await use(context);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** Asks fontconfig, which is what Chromium on Linux finds its fonts with, without falling back to another family. */
function hasFont(family: string): boolean {
  try {
    return execFileSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
