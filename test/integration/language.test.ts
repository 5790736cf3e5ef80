import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { pressCard } from '../support/cardPress';
import { cardOf, submitActionsOf } from '../support/cards';
import type { DemoUser } from '../support/demo';
import { auditEvents, storedDocument } from '../support/storedDocuments';
import { DEMO_USERS } from '../support/demo';

const en = translatorFor('en');
const de = translatorFor('de');
const nl = translatorFor('nl');
const zh = translatorFor('zh-CN');

describe('the language a person is answered in, through /api/messages', () => {
  const test = appPerTest();
  let conversation = 0;

  const say = async (user: DemoUser, text: string, locale: string) => {
    const conversationId = `conv-language-${++conversation}`;
    assert.equal((await test.post(teamsMessage(text, { user, locale, serviceUrl: test.capture.url, conversationId }))).status, 200);
    await test.capture.waitFor(1, conversationId);
    // The offer to keep a typed language follows the answer in the same turn, which has ended once the post returned.
    return test.capture.sentTo(conversationId);
  };
  const helpTitle = async (user: DemoUser, text: string, locale: string) => {
    const [help] = await say(user, text, locale);
    return (cardOf(help).body as { text: string }[])[0].text;
  };

  it('answers in the client\'s language when it is one of ours, else in the roster\'s', async () => {
    assert.equal(await helpTitle('alex', 'help', 'de-DE'), de('help.title'));
    assert.equal(await helpTitle('alex', 'help', 'en-US'), en('help.title'));
    assert.equal(await helpTitle('megan', 'help', 'fr-FR'), de('help.title'), 'Megan reads German, says the roster');
    assert.equal(await helpTitle('adele', 'help', ''), nl('help.title'));
  });

  it('stores the language chosen on the language card, which then wins over the client\'s', async () => {
    const [card] = await say('alex', 'language', 'en-US');
    const choices = submitActionsOf(cardOf(card));
    assert.deepEqual(choices.map((choice) => choice.data.language), ['en', 'de', 'nl', 'zh-CN']);
    const press = await pressCard(test, 'alex', choices.find((choice) => choice.data.language === 'zh-CN')!.data);
    assert.ok(JSON.stringify(press.received()).includes(zh('language.chosen', { language: zh('language.names.zh-CN') })));

    const stored = await storedDocument<{ locale: string; type: string }>(test, `userPreference:${DEMO_USERS.alex.aadObjectId}`);
    assert.equal(stored?.locale, 'zh-CN');
    assert.equal(await helpTitle('alex', 'help', 'en-US'), zh('help.title'));
    assert.equal(await helpTitle('alex', 'help', 'de-DE'), zh('help.title'));
    const events = await auditEvents(test);
    assert.ok(events.some((event) => event.action === 'language.choose' && event.outcome === 'applied'));
  });

  it('chooses once when Teams delivers the same press twice, and refuses a language we do not speak', async () => {
    const value = { action: 'language.choose', language: 'nl' };
    await pressCard(test, 'megan', value, { id: 'press-language-twice' });
    await pressCard(test, 'megan', value, { id: 'press-language-twice' });
    const applied = (await auditEvents(test)).filter((event) => event.action === 'language.choose');
    assert.equal(applied.length, 1);

    const forged = await pressCard(test, 'megan', { action: 'language.choose', language: 'fr' });
    assert.equal(forged.replies()[0]?.text, nl('refusals.invalidInput'), 'answered in her chosen Dutch');
    const stored = await storedDocument<{ locale: string }>(test, `userPreference:${DEMO_USERS.megan.aadObjectId}`);
    assert.equal(stored?.locale, 'nl');
  });

  for (const [typed, locale, t] of [['hilfe', 'de', de], ['帮助', 'zh-CN', zh], ['voordelen', 'nl', nl]] as const) {
    it(`answers "${typed}" under an English client in ${locale} and offers to keep it`, async () => {
      const replies = await say('alex', typed, 'en-US');
      assert.equal(replies.length, 2, 'the answer, then the offer');
      assert.ok(JSON.stringify(cardOf(replies[0])).includes(t(typed === 'voordelen' ? 'benefits.summary.title' : 'help.title')));
      const offer = cardOf(replies[1]);
      const language = t(`language.names.${locale}`);
      assert.ok(JSON.stringify(offer).includes(t('language.offer', { language })));
      assert.deepEqual(submitActionsOf(offer).map((action) => action.data), [{ action: 'language.choose', language: locale }]);
    });
  }

  it('makes no offer when the typed words are in the language it answers in anyway, or in several', async () => {
    assert.equal((await say('alex', 'hilfe', 'de-DE')).length, 1);
    assert.equal((await say('alex', 'help', 'de-DE')).length, 1, '"help" is English and Dutch');
  });
});
