import { strict as assert } from 'node:assert';
import { teamsActivity, teamsMessage, BOT_ID } from '../support/activities';
import { cardOf } from '../support/cards';
import { DEMO_USERS } from '../support/demo';
import { storedDocument } from '../support/storedDocuments';
import { startTestApp, type TestApp } from '../support/testApp';
import { translatorFor } from '../../bot/i18n';

describe('a first conversation through /api/messages', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp();
  });
  after(async () => {
    await test.stop();
  });

  it('answers help with the help card in the English of the activity locale', async () => {
    const message = teamsMessage('help', { serviceUrl: test.capture.url, conversationId: 'conv-help-en' });
    const response = await test.post(message);
    assert.equal(response.status, 200);
    const [reply] = await test.capture.waitFor(1, 'conv-help-en');
    const text = JSON.stringify(cardOf(reply));
    assert.ok(text.includes(translatorFor('en')('help.title')));
    assert.ok(text.includes('Contoso Cloud Partners'));
    assert.equal(reply.replyToId, message.id);
  });

  it('speaks German, Dutch and Chinese when the client does', async () => {
    for (const [locale, language, phrase] of [
      ['de-DE', 'de', 'hilfe'],
      ['nl-NL', 'nl', 'help'],
      ['zh-CN', 'zh-CN', '帮助'],
    ] as const) {
      const conversationId = `conv-help-${language}`;
      await test.post(teamsMessage(phrase, { serviceUrl: test.capture.url, conversationId, locale }));
      const [reply] = await test.capture.waitFor(1, conversationId);
      assert.ok(JSON.stringify(cardOf(reply)).includes(translatorFor(language)('help.title')), language);
    }
  });

  it('tells an employee who may assign benefits, by name', async () => {
    await test.post(teamsMessage('help', { user: 'adele', serviceUrl: test.capture.url, conversationId: 'conv-adele' }));
    const [reply] = await test.capture.waitFor(1, 'conv-adele');
    const text = JSON.stringify(cardOf(reply));
    assert.ok(text.includes(DEMO_USERS.alex.name), 'names the Global admin');
  });

  it('tells a person outside the roster to ask the Global admin to add them', async () => {
    await test.post(teamsMessage('help', { user: 'stranger', serviceUrl: test.capture.url, conversationId: 'conv-stranger' }));
    const [reply] = await test.capture.waitFor(1, 'conv-stranger');
    const expected = translatorFor('en')('access.notInRoster', { admins: DEMO_USERS.alex.name });
    assert.ok(JSON.stringify(cardOf(reply)).includes(expected));
  });

  it('tells a CSP-only account that it is not authorized', async () => {
    await test.post(teamsMessage('help', { user: 'diego', serviceUrl: test.capture.url, conversationId: 'conv-diego' }));
    const [reply] = await test.capture.waitFor(1, 'conv-diego');
    assert.ok(JSON.stringify(cardOf(reply)).includes('You are not authorized for this action'));
  });

  it('answers an unknown command with a pointer to help instead of silence', async () => {
    await test.post(teamsMessage('make me coffee', { serviceUrl: test.capture.url, conversationId: 'conv-unknown' }));
    const [reply] = await test.capture.waitFor(1, 'conv-unknown');
    assert.equal(reply.text, translatorFor('en')('fallback.unknownCommand', { text: 'make me coffee' }));
  });

  it('shows help again when the card button is pressed', async () => {
    const submit = teamsMessage('', { serviceUrl: test.capture.url, conversationId: 'conv-submit' }, {
      text: undefined,
      value: { command: 'help' },
      replyToId: 'card-1',
    });
    await test.post(submit);
    const [reply] = await test.capture.waitFor(1, 'conv-submit');
    assert.ok(JSON.stringify(cardOf(reply)).includes(translatorFor('en')('help.title')));
  });

  it('greets once on install and keeps the conversation reference for later notifications', async () => {
    const conversationId = 'conv-install';
    const options = { user: 'megan' as const, serviceUrl: test.capture.url, conversationId };
    await test.post(teamsActivity('installationUpdate', options, { action: 'add' }));
    await test.post(
      teamsActivity('conversationUpdate', options, {
        membersAdded: [{ id: `29:${DEMO_USERS.megan.aadObjectId}` }, { id: BOT_ID }],
      }),
    );
    const replies = await test.capture.waitFor(1, conversationId);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(test.capture.sentTo(conversationId).length, 1, 'one greeting, not one per install event');
    assert.ok(JSON.stringify(cardOf(replies[0])).includes('Megan Bowen'));

    const stored = await storedDocument<{ reference: { conversation: { id: string }; serviceUrl: string } }>(
      test,
      `conversationRef:personal:${DEMO_USERS.megan.aadObjectId}`,
    );
    assert.equal(stored?.reference.conversation.id, conversationId);
    assert.equal(stored?.reference.serviceUrl, test.capture.url);
  });

  it('does not write an unchanged conversation reference again on an ordinary turn', async () => {
    const conversationId = 'conv-quiet';
    const id = `conversationRef:personal:${DEMO_USERS.adele.aadObjectId}`;
    const etag = async () => (await storedDocument<{ _etag: string }>(test, id))?._etag;
    await test.post(teamsMessage('help', { user: 'adele', serviceUrl: test.capture.url, conversationId }));
    const first = await etag();
    assert.ok(first);
    await test.post(teamsMessage('help', { user: 'adele', serviceUrl: test.capture.url, conversationId }));
    assert.equal(await etag(), first);
  });

  it('forgets the conversation reference when the app is uninstalled', async () => {
    const conversationId = 'conv-uninstall';
    const options = { user: 'lee' as const, serviceUrl: test.capture.url, conversationId };
    await test.post(teamsActivity('installationUpdate', options, { action: 'add' }));
    const id = `conversationRef:personal:${DEMO_USERS.lee.aadObjectId}`;
    assert.ok(await storedDocument(test, id));
    await test.post(teamsActivity('installationUpdate', options, { action: 'remove' }));
    assert.equal(await storedDocument(test, id), undefined);
  });
});
