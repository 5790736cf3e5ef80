import { strict as assert } from 'node:assert';
import type { Browser } from 'playwright-core';
import { translatorFor } from '../../bot/i18n';
import { launchBrowser, PlaygroundChat } from './support/chat';
import { E2eStack } from './support/stack';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const en = translatorFor('en');
const de = translatorFor('de');

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

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await chat?.screenshot(`failed-${this.currentTest.title.slice(0, 40)}`);
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

  it('lets the Global admin assign a Visual Studio subscription through the people picker, answered in the card itself', async () => {
    await chat.send('visual studio');
    const card = await chat.cardShowing(en('visualStudio.seats', { used: 2, total: 3 }));
    const cardsBefore = await chat.messageCount();
    await card.getByRole('button', { name: en('visualStudio.assignHeading') }).click();
    await chat.choose(card, new RegExp(en('visualStudio.personLabel')), 'Adele Vance');
    await card.getByRole('button', { name: en('visualStudio.assignButton') }).click();
    const done = await chat.cardShowing(en('visualStudio.assigned.text', { assignee: 'Adele Vance' }));
    assert.match(await done.innerText(), new RegExp(en('visualStudio.seats', { used: 3, total: 3 })));
    assert.equal(await chat.messageCount(), cardsBefore, 'Action.Execute replaced the card instead of adding a message');
    assert.equal(await chat.page.getByRole('button', { name: en('visualStudio.assignButton') }).count(), 0, 'no seat is left to assign');
    await chat.screenshot('02-assign-visual-studio');
  });

  it("refuses a technical assignment to the company's Partner Center account email and keeps what was typed", async () => {
    const accountEmail = 'partnercenter@contoso-partners.example';
    await chat.send('technical');
    const card = await chat.cardShowing(en('technical.title', { company: 'Contoso Cloud Partners' }));
    // The on-premises incidents come first in the card, so theirs is the first Assign user.
    await card.getByRole('button', { name: en('technical.assign.button') }).first().click();
    const form = card.locator('.ac-adaptiveCard').filter({ visible: true }).last();
    await chat.choose(form, new RegExp(en('technical.assign.personLabel')), 'Adele Vance');
    await form.getByLabel(new RegExp(en('technical.assign.emailLabel'))).fill(accountEmail);
    await form.getByRole('button', { name: en('technical.assign.submit') }).click();

    const refusal = en('refusals.alternateEmailSameAsAccount', { email: accountEmail });
    // The reason stands in the folded-away form, so the message is what shows it.
    const answered = await chat.messageShowing(refusal);
    await answered.getByRole('button', { name: en('technical.assign.button') }).first().click();
    const email = answered.getByLabel(new RegExp(en('technical.assign.emailLabel'))).filter({ visible: true });
    assert.equal(await email.inputValue(), accountEmail, 'the typed email is still in the field');
    const openForm = answered.locator('.ac-adaptiveCard').filter({ visible: true }).last();
    assert.match(await openForm.innerText(), new RegExp(escapeRegExp(refusal)), 'the reason is shown with the field');
    await chat.screenshot('03-technical-assignment-refused');
  });

  it("shows the employee what is assigned to them", async () => {
    await openChatAs('adele');
    await chat.send("what's assigned to me");
    const card = await chat.cardShowing(en('myBenefits.title'));
    assert.match(await card.innerText(), /Visual Studio Professional subscription/);
    await chat.screenshot('04-employee-whats-assigned');
  });

  it('answers "hilfe" in German although the client says en-US, and offers to keep German', async () => {
    await chat.send('hilfe');
    await chat.cardShowing(de('help.title'));
    const language = de('language.names.de');
    const offer = await chat.cardShowing(de('language.offer', { language }));
    assert.equal(await offer.getByRole('button', { name: de('language.remember', { language }) }).count(), 1);
    await chat.screenshot('05-german-help');
  });

  it('lets the MPN partner admin register the marketing contact while activating an offer, and the card that asked shows it', async () => {
    await openChatAs('megan');
    await chat.send('offers');
    const offers = await chat.cardShowing(en('offers.title'));
    // The offers card's message: the refusal takes its place, and it shows the offers again once the contact is saved.
    const asking = await chat.newestMessage();
    const silverCore = offers.locator('.ac-container').filter({ hasText: 'Silver Core go-to-market benefits' }).last();
    await silverCore.getByRole('button', { name: en('offers.activateButton') }).click();
    const needed = await chat.cardShowing(en('offers.contactRequired.title'));
    assert.match(await asking.innerText(), new RegExp(en('offers.contactRequired.title')));
    await needed.getByRole('button', { name: en('offers.registerContact') }).click();
    const form = await chat.cardShowing(en('marketingContact.intro'));
    await chat.choose(form, new RegExp(en('marketingContact.personLabel')), 'Megan Bowen');
    await form.getByLabel(new RegExp(en('marketingContact.emailLabel'))).fill('megan.marketing@contoso-partners.example');
    await form.getByLabel(new RegExp(en('marketingContact.phoneLabel'))).fill('+31 20 123 4567');
    await chat.screenshot('06a-marketing-contact-form');
    await form.getByRole('button', { name: en('marketingContact.reviewButton') }).click();
    const confirm = await chat.cardShowing(en('marketingContact.confirm.title'));
    await confirm.getByRole('button', { name: en('marketingContact.confirm.saveButton') }).click();
    await chat.messageShowing(en('offers.activatedAfterContact', { offer: 'Silver Core go-to-market benefits' }));
    // The Playground never asks for a card's refresh ("User specific view is not supported"): the bot updates the
    // card that asked in place, without being asked again.
    const now = asking.filter({ hasText: en('offers.status.activationPending') });
    await now.waitFor({ timeout: 30_000 });
    const silverCoreNow = now.locator('.ac-container').filter({ hasText: 'Silver Core go-to-market benefits' }).last();
    assert.match(await silverCoreNow.innerText(), new RegExp(en('offers.status.activationPending')));
    assert.doesNotMatch(await now.innerText(), new RegExp(en('offers.contactRequired.title')));
    assert.equal(await now.getByRole('button', { name: en('offers.registerContact') }).count(), 0, 'nothing left to register');
    await chat.screenshot('06-marketing-contact-and-offer');
  });

  it('lets an admin file a cancellation request and find it in the requests list', async () => {
    await chat.send('cancel');
    await chat.cardShowing(en('cancellation.pick'));
    await chat.send(en('cancellation.actionPack'));
    await chat.messageShowing(/Why do you want to cancel/);
    await chat.send('We are moving to a competency-only membership.');
    const confirm = await chat.cardShowing(/Cancel Microsoft Action Pack\?/);
    await confirm.getByRole('button', { name: /File/ }).last().click();
    const filed = await chat.cardShowing(/Cancellation request REQ-/);
    const requestId = /REQ-\d{8}-[0-9A-F]{6}/.exec(await filed.innerText())?.[0];
    assert.ok(requestId, 'the filed request has an id');
    await chat.send('requests');
    const list = await chat.cardShowing(en('requests.title'));
    assert.match(await list.innerText(), new RegExp(requestId));
    await chat.screenshot('07-cancellation-and-requests');
  });

  it('brings the marketing contact a notification when an offer is recorded as active, without a message from them', async () => {
    await chat.send('offers');
    // An offers card is already in the chat: the one to use is the answer to this message.
    const offers = await chat.newestMessageShowing(en('offers.title'));
    await offers.getByRole('button', { name: en('offers.record.title') }).first().click();
    const expires = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    await offers.getByLabel(new RegExp(en('offers.record.expiresLabel'))).fill(expires);
    await offers.getByRole('button', { name: en('offers.record.button') }).last().click();
    await chat.cardShowing(en('offers.recorded.title', { offer: 'Silver Core go-to-market benefits' }));
    // The notification's own text, not the result card's: both are titled "… is active".
    const notification = await chat.cardShowing(en('notifications.offerActive.text').slice(0, 40), 60_000);
    assert.match(await notification.innerText(), /Silver Core go-to-market benefits is active/);
    await chat.screenshot('08-proactive-notification');
  });
});

