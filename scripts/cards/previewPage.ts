import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PREVIEW_FONT } from './chromium';

const THEME_DIR = join(__dirname, 'teamsLight');
const HOST_CONFIG: unknown = JSON.parse(readFileSync(join(THEME_DIR, 'hostConfig.json'), 'utf8'));

/** The width of a card in a Teams chat on a desktop. */
const CARD_WIDTH = 480;
export const FRAME_SELECTOR = '#frame';

const PAGE = `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<style>${readFileSync(join(THEME_DIR, 'container.css'), 'utf8')}</style>
<style>
  body { margin: 0; background: #f5f5f5; }
  #frame { display: inline-block; padding: 16px; background: #f5f5f5; }
  #card { width: ${CARD_WIDTH}px; background: #ffffff; }
  /* Teams draws Segoe UI, which Linux lacks: whatever stood in for it would differ from machine to machine. */
  #card, #card * { font-family: "${PREVIEW_FONT}" !important; }
</style>
</head>
<body><div id="frame"><div id="card" class="teams-card"></div></div></body>
</html>`;

/** Opens the page the cards are drawn on, with the Adaptive Cards renderer and Markdown (Teams renders it in text). */
export async function openPreviewPage(page: Page): Promise<void> {
  await page.setContent(PAGE);
  await page.addScriptTag({ path: require.resolve('markdown-it/browser') });
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
}

/** What the page offers the drawing function (the project compiles without the DOM's types). */
interface PageGlobals {
  AdaptiveCards: typeof import('adaptivecards');
  document: {
    getElementById(id: string): { replaceChildren(node: unknown): void } | null;
    fonts: { ready: Promise<unknown> };
  };
}

/** Draws one card with the Teams light host config, replacing the card drawn before. */
export async function drawCard(page: Page, card: object): Promise<void> {
  await page.evaluate(
    ({ card, hostConfig }) => {
      const { AdaptiveCards, document } = globalThis as unknown as PageGlobals;
      const adaptiveCard = new AdaptiveCards.AdaptiveCard();
      adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
      adaptiveCard.parse(card);
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- runs in the page, whose DOM types this project does not load
      const rendered = adaptiveCard.render();
      if (!rendered) throw new Error('The renderer drew nothing');
      document.getElementById('card')!.replaceChildren(rendered);
      return document.fonts.ready.then(() => undefined);
    },
    { card, hostConfig: HOST_CONFIG },
  );
}
