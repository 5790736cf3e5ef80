import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, cardShows, executeActionsOf, refreshOf } from '../support/cards';
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

  it('stores the language chosen on the language card, answers the press with the choice in that language, which then wins over the client\'s', async () => {
    const [card] = await say('alex', 'language', 'en-US');
    const choices = executeActionsOf(cardOf(card));
    assert.deepEqual(choices.map((choice) => [choice.verb, choice.data]), [
      ['language.choose', { language: 'en' }],
      ['language.choose', { language: 'de' }],
      ['language.choose', { language: 'nl' }],
      ['language.choose', { language: 'zh-CN' }],
    ]);
    const chinese = choices.find((choice) => choice.data.language === 'zh-CN')!;
    const executed = await executeCard(test, 'alex', chinese.verb, chinese.data);
    assert.ok(cardShows(executed.card(), zh('language.chosen', { language: zh('language.names.zh-CN') })), 'the answer replaces the card');
    assert.deepEqual(executed.replies(), [], 'nothing else is sent to the chat');

    const stored = await storedDocument<{ locale: string; type: string }>(test, `userPreference:${DEMO_USERS.alex.aadObjectId}`);
    assert.equal(stored?.locale, 'zh-CN');
    assert.equal(await helpTitle('alex', 'help', 'en-US'), zh('help.title'));
    assert.equal(await helpTitle('alex', 'help', 'de-DE'), zh('help.title'));
    const events = await auditEvents(test);
    assert.ok(events.some((event) => event.action === 'language.choose' && event.outcome === 'applied'));
  });

  it('chooses once when Teams delivers the same press twice, and refuses a language we do not speak on the card', async () => {
    await executeCard(test, 'megan', 'language.choose', { language: 'nl' }, { id: 'press-language-twice' });
    await executeCard(test, 'megan', 'language.choose', { language: 'nl' }, { id: 'press-language-twice' });
    const applied = (await auditEvents(test)).filter((event) => event.action === 'language.choose');
    assert.equal(applied.length, 1);

    const forged = await executeCard(test, 'megan', 'language.choose', { language: 'fr' });
    const card = forged.card();
    assert.ok(cardShows(card, nl('refusals.invalidInput')), 'the refusal on the card, in her chosen Dutch');
    assert.equal(executeActionsOf(card).length, 4, 'the languages to choose from are still there');
    const stored = await storedDocument<{ locale: string }>(test, `userPreference:${DEMO_USERS.megan.aadObjectId}`);
    assert.equal(stored?.locale, 'nl');
  });

  it('still takes a language pressed on a card sent before its buttons were Universal Actions', async () => {
    const press = await pressCard(test, 'alex', { action: 'language.choose', language: 'de' });
    const [update] = press.received();
    assert.equal(update?.method, 'PUT', 'the card is replaced by the result');
    assert.ok(cardShows(cardOf(update.activity), de('language.chosen', { language: de('language.names.de') })));
    const forged = await pressCard(test, 'alex', { action: 'language.choose', language: 'fr' });
    assert.equal(forged.replies()[0]?.text, de('refusals.invalidInput'), 'a refusal is told in words');
    const stored = await storedDocument<{ locale: string }>(test, `userPreference:${DEMO_USERS.alex.aadObjectId}`);
    assert.equal(stored?.locale, 'de');
  });

  it('refreshes the language card to the language in use now, for whoever looks at it', async () => {
    const [card] = await say('megan', 'language', 'en-US');
    const refresh = refreshOf(cardOf(card));
    assert.deepEqual([refresh.verb, refresh.data, refresh.userIds], ['language.show', {}, [`8:orgid:${DEMO_USERS.megan.aadObjectId}`]]);
    await executeCard(test, 'megan', 'language.choose', { language: 'zh-CN' });
    const refreshed = await executeCard(test, 'megan', refresh.verb, refresh.data, { trigger: 'automatic' });
    assert.ok(cardShows(refreshed.card(), zh('language.currentChosen', { language: zh('language.names.zh-CN') })));
  });

  for (const [typed, locale, t] of [['hilfe', 'de', de], ['帮助', 'zh-CN', zh], ['voordelen', 'nl', nl]] as const) {
    it(`answers "${typed}" under an English client in ${locale} and offers to keep it`, async () => {
      const replies = await say('alex', typed, 'en-US');
      assert.equal(replies.length, 2, 'the answer, then the offer');
      assert.ok(JSON.stringify(cardOf(replies[0])).includes(t(typed === 'voordelen' ? 'benefits.summary.title' : 'help.title')));
      const offer = cardOf(replies[1]);
      const language = t(`language.names.${locale}`);
      assert.ok(JSON.stringify(offer).includes(t('language.offer', { language })));
      assert.deepEqual(executeActionsOf(offer).map((action) => [action.verb, action.data]), [['language.choose', { language: locale }]]);

      const refresh = refreshOf(offer);
      assert.deepEqual([refresh.verb, refresh.data], ['language.show', { offer: locale }]);
      const before = await executeCard(test, 'alex', refresh.verb, refresh.data, { trigger: 'automatic' });
      assert.deepEqual(executeActionsOf(before.card()).map((action) => action.data), [{ language: locale }], 'still on offer');

      const [keep] = executeActionsOf(offer);
      const kept = await executeCard(test, 'alex', keep.verb, keep.data);
      const chosen = t('language.chosen', { language });
      assert.ok(cardShows(kept.card(), chosen), 'the press is answered with the choice, in that language');
      const after = await executeCard(test, 'alex', refresh.verb, refresh.data, { trigger: 'automatic' });
      assert.ok(cardShows(after.card(), chosen), 'the offer, looked at again, shows it kept');
      assert.deepEqual(executeActionsOf(after.card()), [], 'and offers it no more');
    });
  }

  it('makes no offer when the typed words are in the language it answers in anyway, or in several', async () => {
    assert.equal((await say('alex', 'hilfe', 'de-DE')).length, 1);
    assert.equal((await say('alex', 'help', 'de-DE')).length, 1, '"help" is English and Dutch');
  });
});
