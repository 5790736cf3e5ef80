import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { teamsMessage } from '../support/activities';
import { appPerTest } from '../support/appPerTest';
import { executeCard, pressCard } from '../support/cardPress';
import { cardOf, cardShows, executeActionsOf, refreshOf, submitActionsOf } from '../support/cards';
import { DEMO_USERS } from '../support/demo';
import { MARKETING_CONTACT, SILVER_CORE, SILVER_CORE_NAME } from '../support/goToMarket';
import { storedDocument } from '../support/storedDocuments';

const en = translatorFor('en');
/** The id Teams gave the offers card in the chat; the refusal that asked for a contact took its place there. */
const ASKING_CARD_ID = '1:offers-card-of-the-chat';
/** Another message of the bot's in the same chat, which no Save may draw over. */
const NOTIFICATION_ID = '1:notification-of-the-chat';

/**
 * Clients that never ask for a card's refresh (the Agents Playground) would go on showing "needs a marketing contact"
 * after the contact is saved: the card whose button started the conversation is updated in place once it is.
 */
describe('the card that asked for a marketing contact, once it is saved', () => {
  const test = appPerTest();
  let chats = 0;

  /** The form filled in and reviewed: the Save button of its summary. */
  const reviewForm = async (user: 'megan' | 'alex', conversationId: string, form: Record<string, unknown> | undefined) => {
    const [review] = submitActionsOf(cardOf(form));
    const confirm = (await pressCard(test, user, { ...review.data, ...MARKETING_CONTACT }, { conversationId, replyToId: 'form-card' })).received();
    const [save] = executeActionsOf(cardOf(confirm[0]?.activity));
    return save;
  };
  /** Register pressed on the asking card, the form filled in and reviewed: the Save button, in the same chat. */
  const registerFrom = async (conversationId: string, register: Record<string, unknown>) => {
    const form = (await pressCard(test, 'megan', register, { conversationId, replyToId: ASKING_CARD_ID })).received();
    return reviewForm('megan', conversationId, form[0]?.activity);
  };
  /** Activate without a contact, then Register on the refusal that took the offers card's place. */
  const registerFromTheRefusal = async () => {
    const conversationId = `conv-asking-${++chats}`;
    const refusal = (await executeCard(test, 'megan', 'offer.activate', { offerId: SILVER_CORE }, { conversationId })).card();
    return { conversationId, save: await registerFrom(conversationId, submitActionsOf(refusal)[0].data) };
  };
  const updatesOf = (conversationId: string, activityId: string) =>
    test.capture.received.filter((entry) => entry.method === 'PUT' && decodeURIComponent(entry.path).endsWith(`/v3/conversations/${conversationId}/activities/${activityId}`));
  const storedContact = () => storedDocument<{ aadObjectId: string }>(test, 'marketingContact');
  const offerStatus = async () => (await storedDocument<{ status: string }>(test, `benefit:${SILVER_CORE}`))?.status;

  it('draws the refusal that asked again as the offers as they are now: activation pending, nothing left to ask', async () => {
    const { conversationId, save } = await registerFromTheRefusal();
    assert.equal(updatesOf(conversationId, ASKING_CARD_ID).length, 0, 'nothing is drawn again before Save');

    const saved = await executeCard(test, 'megan', save.verb, save.data, { conversationId });
    assert.ok(cardShows(saved.card(), en('offers.activatedAfterContact', { offer: SILVER_CORE_NAME })));
    assert.equal((await storedContact())?.aadObjectId, DEMO_USERS.megan.aadObjectId);
    assert.equal(await offerStatus(), 'activationPending');

    const [update] = updatesOf(conversationId, ASKING_CARD_ID);
    assert.ok(update, 'the asking card is updated in its chat');
    const offers = cardOf(update.activity);
    assert.ok(cardShows(offers, en('offers.title')));
    assert.ok(cardShows(offers, en('offers.status.activationPending')));
    assert.ok(!cardShows(offers, en('offers.contactRequired.title')));
    assert.ok(!cardShows(offers, en('offers.contactMissing')));
    assert.ok(!executeActionsOf(offers).some((action) => action.data.offerId === SILVER_CORE), 'Activate is gone for the offer');
    assert.ok(!submitActionsOf(offers).some((action) => action.data.command === 'marketingContact'), 'no contact is asked for');
    assert.ok(refreshOf(offers).userIds.includes(`8:orgid:${DEMO_USERS.megan.aadObjectId}`), 'it still refreshes where Teams can');
  });

  it('draws the offers card again without the contact it asked for when its own Register button started it', async () => {
    const conversationId = `conv-asking-${++chats}`;
    await test.post(teamsMessage('offers', { user: 'megan', serviceUrl: test.capture.url, conversationId }));
    const [offersCard] = await test.capture.waitFor(1, conversationId);
    const register = submitActionsOf(cardOf(offersCard)).find((action) => action.data.command === 'marketingContact');
    const save = await registerFrom(conversationId, register!.data);

    await executeCard(test, 'megan', save.verb, save.data, { conversationId });
    const [update] = updatesOf(conversationId, ASKING_CARD_ID);
    const offers = cardOf(update?.activity);
    assert.ok(!cardShows(offers, en('offers.contactMissing')), 'the contact is no longer asked for');
    assert.ok(executeActionsOf(offers).some((action) => action.data.offerId === SILVER_CORE), 'the offer can be activated now');
    assert.equal(await offerStatus(), 'available', 'nothing was activated: no offer was asked for');
  });

  it('keeps the asking card in the conversation while the form waits and something else is typed', async () => {
    const conversationId = `conv-asking-${++chats}`;
    const refusal = (await executeCard(test, 'megan', 'offer.activate', { offerId: SILVER_CORE }, { conversationId })).card();
    await pressCard(test, 'megan', submitActionsOf(refusal)[0].data, { conversationId, replyToId: ASKING_CARD_ID });
    await test.post(teamsMessage('hello', { user: 'megan', serviceUrl: test.capture.url, conversationId }));
    const [, , again] = await test.capture.waitFor(3, conversationId);
    const [review] = submitActionsOf(cardOf(again));
    assert.deepEqual(review?.data, { command: 'marketingContact', step: 'review', offerId: SILVER_CORE }, 'the card data names no message');

    const save = await reviewForm('megan', conversationId, again);
    assert.equal(save.data.askingCard, undefined, 'nor does the Save');
    await executeCard(test, 'megan', save.verb, save.data, { conversationId });
    assert.equal(updatesOf(conversationId, ASKING_CARD_ID).length, 1, 'the asking card is drawn again');
  });

  it('keeps the contact and the activation when the asking card cannot be updated, and logs it', async () => {
    const { conversationId, save } = await registerFromTheRefusal();
    test.capture.updateActivityStatus = 404;

    const saved = await executeCard(test, 'megan', save.verb, save.data, { conversationId });
    assert.ok(cardShows(saved.card(), en('marketingContact.saved.title')), 'the Save still answers with its result');
    assert.equal(updatesOf(conversationId, ASKING_CARD_ID).length, 1, 'the update was tried');
    assert.equal((await storedContact())?.aadObjectId, DEMO_USERS.megan.aadObjectId);
    assert.equal(await offerStatus(), 'activationPending');
    assert.ok(test.logLines.some((line) => line.includes('WARN') && line.includes(ASKING_CARD_ID)), 'the failure is logged');
  });

  it('updates no card of another chat, and none that did not say what it shows', async () => {
    const { conversationId, save } = await registerFromTheRefusal();
    const elsewhere = { shows: 'offers', activityId: ASKING_CARD_ID, conversationId: 'conv-of-someone-else' };
    await executeCard(test, 'megan', save.verb, { ...save.data, askingCard: elsewhere }, { conversationId });
    assert.equal(test.capture.received.filter((entry) => entry.path.includes('conv-of-someone-else')).length, 0);
    assert.equal(updatesOf(conversationId, ASKING_CARD_ID).length, 1, 'only the card that asked in this chat');

    // The help card starts the same conversation, but showing no offers it is left as it is.
    const help = `conv-asking-${++chats}`;
    const form = (await pressCard(test, 'alex', { command: 'marketingContact' }, { conversationId: help, replyToId: 'help-card' })).received();
    const [review] = submitActionsOf(cardOf(form[0]?.activity));
    assert.deepEqual(review?.data, { command: 'marketingContact', step: 'review' }, 'the help card is not carried on');
    const helpSave = await reviewForm('alex', help, form[0]?.activity);
    const forged = { shows: 'offers', activityId: ASKING_CARD_ID, conversationId: help };
    await executeCard(test, 'alex', helpSave.verb, { ...helpSave.data, askingCard: forged }, { conversationId: help });
    assert.equal(updatesOf(help, ASKING_CARD_ID).length, 0, 'a card the Save names is not drawn');
  });

  it('keeps the card each person started from in a shared chat', async () => {
    const { conversationId, save } = await registerFromTheRefusal();
    await pressCard(test, 'alex', { command: 'marketingContact' }, { conversationId, replyToId: 'help-card' });

    await executeCard(test, 'megan', save.verb, save.data, { conversationId });
    assert.equal(updatesOf(conversationId, ASKING_CARD_ID).length, 1, 'another person starting from the help card forgets nothing of hers');
  });

  it('draws over no other message of the chat that a Save names', async () => {
    const { conversationId, save } = await registerFromTheRefusal();
    const forged = { shows: 'offers', activityId: NOTIFICATION_ID, conversationId };
    const saved = await executeCard(test, 'megan', save.verb, { ...save.data, askingCard: forged }, { conversationId });
    assert.ok(cardShows(saved.card(), en('marketingContact.saved.title')));
    assert.equal(updatesOf(conversationId, NOTIFICATION_ID).length, 0, 'the message the data names is left as it is');
    assert.equal(updatesOf(conversationId, ASKING_CARD_ID).length, 1, 'the card that asked is drawn again');

    const updatesInTheChat = () => test.capture.received.filter((entry) => entry.method === 'PUT' && entry.path.includes(`/${conversationId}/`)).length;
    const before = updatesInTheChat();
    await executeCard(test, 'megan', save.verb, { ...save.data, askingCard: forged }, { conversationId });
    assert.equal(updatesInTheChat(), before, 'a Save pressed again draws nothing: the card was forgotten once drawn');
  });
});
