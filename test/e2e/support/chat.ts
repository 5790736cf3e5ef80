import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, isLocal } from '../../../scripts/cards/chromium';

const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-output', 'e2e');

/**
 * Headless Chromium (with a fresh profile of Playwright's making); the page is kept to loopback below, since the
 * Playground page asks the internet for fonts.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM, args: CHROMIUM_ARGS });
}

/** The personal chat with the bot in the Agents Playground, as a person uses it. */
export class PlaygroundChat {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<PlaygroundChat> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'en-US' });
    await page.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
    await page.goto(url);
    await page.locator('div[role="textbox"][data-lexical-editor="true"]').waitFor({ timeout: 60_000 });
    // The welcome comes with the chat's opening; a message typed before it can be lost while the chat still loads.
    await page.locator('.fai-OutputCard').first().waitFor({ timeout: 60_000 });
    return new PlaygroundChat(page);
  }

  async send(text: string): Promise<void> {
    const box = this.page.locator('div[role="textbox"][data-lexical-editor="true"]');
    await box.click();
    await box.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** The newest bot card that shows `text`, once it is there. */
  async cardShowing(text: string | RegExp, timeoutMs = 30_000): Promise<Locator> {
    const card = this.page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
    await card.waitFor({ timeout: timeoutMs });
    return card;
  }

  /** The newest bot message (card or text) that shows `text`. */
  async messageShowing(text: string | RegExp, timeoutMs = 30_000): Promise<Locator> {
    const bubble = this.page.locator('.fai-OutputCard').filter({ hasText: text }).last();
    await bubble.waitFor({ timeout: timeoutMs });
    return bubble;
  }

  /** The chat's last bot message, once it shows `text`. */
  async newestMessageShowing(text: string | RegExp, timeoutMs = 30_000): Promise<Locator> {
    const bubble = this.page.locator('.fai-OutputCard').last().filter({ hasText: text });
    await bubble.waitFor({ timeout: timeoutMs });
    return bubble;
  }

  /** The chat's last bot message as it is now, found by its place: it stays that message when its content is updated. */
  async newestMessage(): Promise<Locator> {
    return this.page.locator('.fai-OutputCard').nth((await this.messageCount()) - 1);
  }

  /** How many bot messages the chat shows, to tell a card replaced in place from one sent anew. */
  async messageCount(): Promise<number> {
    return this.page.locator('.fai-OutputCard').count();
  }

  /** Picks an option of a type-ahead choice set inside a card. */
  async choose(card: Locator, label: string | RegExp, option: string): Promise<void> {
    const combo = card.getByRole('combobox', { name: label });
    await combo.click();
    await combo.fill(option.slice(0, 3));
    await this.page.getByRole('option', { name: option }).click();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
