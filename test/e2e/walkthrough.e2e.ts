import { strict as assert } from 'node:assert';
import type { Browser } from 'playwright-core';
import { translatorFor } from '../../bot/i18n';
import { launchBrowser, PlaygroundChat } from './support/chat';
import { E2eStack } from './support/stack';

const en = translatorFor('en');

/**
 * The product as a person meets it: the bot under `npm run serve`, the Microsoft 365 Agents Playground as the Teams
 * client, headless Chromium as the person. Each step saves a screenshot under test-output/e2e/.
 */
describe('walkthrough in the Agents Playground', function () {
  this.timeout(180_000);
  const stack = new E2eStack();
  let browser: Browser;
  let chat: PlaygroundChat;

  before(async () => {
    await stack.startBot();
    browser = await launchBrowser();
  });
  after(async () => {
    await chat?.close().catch(() => undefined);
    await browser?.close();
    await stack.stop();
  });

  const openChatAs = async (user: Parameters<E2eStack['chatAs']>[0]) => {
    await chat?.close();
    await stack.chatAs(user);
    chat = await PlaygroundChat.open(browser, stack.playgroundUrl);
  };

  it('welcomes the Global admin and shows help', async () => {
    await openChatAs('alex');
    const welcome = await chat.cardShowing(en('help.title'));
    assert.match(await welcome.innerText(), /Alex Wilber/);
    await chat.send('help');
    const help = await chat.cardShowing(en('commands.visualStudio.description'));
    assert.match(await help.innerText(), new RegExp(en('roles.globalAdmin')));
    await chat.screenshot('01-welcome-and-help');
  });

  it('lets the Global admin assign a Visual Studio subscription to the employee', async () => {
    await chat.send('visual studio');
    const card = await chat.cardShowing(en('visualStudio.seats', { used: 2, total: 3 }));
    await card.getByRole('button', { name: en('visualStudio.assignHeading') }).click();
    await chat.choose(card, new RegExp(en('visualStudio.personLabel')), 'Adele Vance');
    await card.getByRole('button', { name: en('visualStudio.assignButton') }).click();
    const done = await chat.cardShowing(en('visualStudio.assigned.title', { benefit: 'Visual Studio Professional subscription' }));
    assert.match(await done.innerText(), /Adele Vance/);
    assert.equal(await chat.page.getByRole('button', { name: en('visualStudio.assignButton') }).count(), 0, 'the used card has no button left');
    await chat.screenshot('02-assign-visual-studio');
  });
});
