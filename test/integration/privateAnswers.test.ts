import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { conversationOfType, teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { cardOf } from '../support/cards';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demo';

const en = translatorFor('en');
const de = translatorFor('de');
const MEGAN = DEMO_USERS.megan;
const MEGANS_PERSONAL_CHAT = `a:personal-${MEGAN.aadObjectId}`;
/** Only Megan's own card may show these: her alternate email for support, and her subscription. */
const MEGANS_OWN = ['megan.support@contoso-partners.example', 'Visual Studio Professional'];

describe('answers about one person, asked in a group chat or channel', () => {
  const test = appPerTest();

  const say = async (text: string, conversationId: string, kind: string, locale = 'en-US') => {
    const before = test.capture.sentTo(conversationId).length;
    const activity = teamsMessage(`<at>MPN benefits</at> ${text}`, { user: 'megan', locale, serviceUrl: test.capture.url, conversationId }, conversationOfType(kind, conversationId));
    assert.equal((await test.post(activity)).status, 200);
    return (await test.capture.waitFor(before + 1, conversationId)).slice(before);
  };

  const assertNothingOfMeganIn = (replies: unknown, where: string) => {
    const text = JSON.stringify(replies);
    for (const own of MEGANS_OWN) assert.ok(!text.includes(own), `${own} is in ${where}`);
  };

  for (const kind of ['groupChat', 'channel']) {
    it(`in a ${kind}, sends "what's assigned to me" to the stored personal chat and tells the group only that`, async () => {
      await say('help', MEGANS_PERSONAL_CHAT, 'personal');
      const group = `19:group-${kind}@thread.v2`;
      const groupReplies = await say("what's assigned to me", group, kind);

      assert.deepEqual(groupReplies.map((reply) => reply.text), [en('privacy.sentPrivately', { name: MEGAN.name })]);
      assert.equal(groupReplies[0].attachments, undefined);
      assertNothingOfMeganIn(groupReplies, `the ${kind}`);
      const personal = test.capture.sentTo(MEGANS_PERSONAL_CHAT);
      const card = JSON.stringify(cardOf(personal.at(-1)));
      for (const own of MEGANS_OWN) assert.ok(card.includes(own), `${own} is missing from her personal chat`);
      assert.deepEqual(test.capture.createdConversations, [], 'the stored chat was used');
    });
  }

  it('creates the personal chat when there is none yet, with her id and tenant, and says so in German for a German client', async () => {
    const group = '19:group-new@thread.v2';
    const groupReplies = await say('was ist mir zugewiesen', group, 'groupChat', 'de-DE');

    assert.deepEqual(groupReplies.map((reply) => reply.text), [de('privacy.sentPrivately', { name: MEGAN.name })]);
    assertNothingOfMeganIn(groupReplies, 'the group chat');
    const [created] = test.capture.createdConversations as { isGroup: boolean; members: { id: string }[]; tenantId: string }[];
    assert.ok(created, 'a personal chat was created');
    assert.equal(created.isGroup, false);
    assert.deepEqual(created.members.map((member) => member.id), [`29:${MEGAN.aadObjectId}`]);
    assert.equal(created.tenantId, DEMO_TENANT_ID);
    const [answer] = await test.capture.waitFor(1, 'a:created-1');
    const card = JSON.stringify(cardOf(answer));
    for (const own of MEGANS_OWN) assert.ok(card.includes(own), `${own} is missing from the new personal chat`);
  });

  it('tells the group it could not reach her when Teams refuses a personal chat, and shows the answer nowhere', async () => {
    test.capture.createConversationStatus = 403;
    const groupReplies = await say("what's assigned to me", '19:group-blocked@thread.v2', 'groupChat');
    assert.deepEqual(groupReplies.map((reply) => reply.text), [en('privacy.notDelivered', { name: MEGAN.name })]);
    assertNothingOfMeganIn(test.capture.received.map((entry) => entry.activity), 'any chat');
  });

  it('answers in the personal chat itself when asked there', async () => {
    const [reply] = await say("what's assigned to me", MEGANS_PERSONAL_CHAT, 'personal');
    assert.ok(JSON.stringify(cardOf(reply)).includes(MEGANS_OWN[0]));
    assert.deepEqual(test.capture.createdConversations, []);
  });
});
