import { strict as assert } from 'node:assert';
import { ConversationState, MemoryStorage, type Activity } from 'botbuilder';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { translatorFor } from '../../../bot/i18n';
import { MarketingContactDialog } from '../../../dialogs/marketingContact/marketingContactDialog';
import { AskingCardMemory } from '../../../dialogs/present/askingCardMemory';
import { teamsMessage } from '../../support/activities';
import { cardOf, executeActionsOf, inputsOf, submitActionsOf } from '../../support/cards';
import { DEMO_USERS, demoFileJson, type DemoUser } from '../../support/demo';
import { openDialogServices, type DialogServices } from '../../support/dialogServices';

const en = translatorFor('en');
const ACCOUNT_EMAIL = (demoFileJson().tenant as { partnerCenterAccountEmail: string }).partnerCenterAccountEmail;

describe('the marketing-contact dialog, on real services', () => {
  let real: DialogServices;

  before(async () => {
    real = await openDialogServices('marketing-contact-dialog');
  });
  after(async () => {
    await real.store.close();
  });

  /** One conversation with the dialog: each call is a turn, answered with every reply it sent. */
  const conversationWith = (user: DemoUser) => {
    const state = new ConversationState(new MemoryStorage());
    const dialog = new MarketingContactDialog(real.services, new AskingCardMemory(state));
    const client = new DialogTestClient('msteams', dialog, undefined, [real.resolvingCaller], state);
    const turn = async (text: string, value?: Record<string, unknown>) => {
      // The activity as Teams sends it over the wire, which the Activity type describes more strictly.
      const activity = teamsMessage(text, { user, serviceUrl: 'https://smba.example/', conversationId: `dialog-${user}` }, value ? { value } : {});
      const replies = [await client.sendActivity(activity as unknown as Partial<Activity>)];
      for (let next = client.getNextReply(); next; next = client.getNextReply()) replies.push(next);
      return { replies: replies.filter(Boolean) as Record<string, unknown>[], status: client.dialogTurnResult.status };
    };
    return { turn };
  };

  const formValues = (overrides: Record<string, string> = {}) => ({
    aadObjectId: DEMO_USERS.megan.aadObjectId,
    email: 'marketing@contoso-partners.example',
    phone: '0031 20 123 4567',
    preferredLanguage: 'nl',
    ...overrides,
  });

  it('shows the form, waits, takes the submit back to the form until it is right, then confirms and ends', async () => {
    const megan = conversationWith('megan');
    const start = await megan.turn('marketing contact');
    assert.equal(start.status, DialogTurnStatus.waiting);
    const form = cardOf(start.replies[0]);
    const [submit] = submitActionsOf(form);
    assert.deepEqual(submit?.data, { command: 'marketingContact', step: 'review' });

    const sameAsAccount = await megan.turn('', { ...submit.data, ...formValues({ email: ACCOUNT_EMAIL.toUpperCase() }) });
    assert.equal(sameAsAccount.status, DialogTurnStatus.waiting, 'the form waits for a corrected submit');
    const again = cardOf(sameAsAccount.replies[0]);
    assert.ok(JSON.stringify(again).includes(JSON.stringify(en('refusals.marketingEmailSameAsAccount', { email: ACCOUNT_EMAIL.toUpperCase() })).slice(1, -1)));
    assert.equal(inputsOf(again).get('phone')?.value, '0031 20 123 4567', 'the other values are kept');

    const typed = await megan.turn('what now?');
    assert.equal(typed.replies[0]?.text, en('marketingContact.fillInCard'));
    assert.ok(cardOf(typed.replies[1]), 'and the form again');
    assert.equal(typed.status, DialogTurnStatus.waiting);

    const valid = await megan.turn('', { ...submit.data, ...formValues() });
    assert.equal(valid.status, DialogTurnStatus.complete);
    const [save] = executeActionsOf(cardOf(valid.replies[0]));
    assert.deepEqual([save?.verb, save?.data], ['marketingContact.save', { contact: { ...formValues(), phone: '+31201234567' } }]);
  });

  it('goes straight to the review when the form is submitted after the conversation moved on', async () => {
    const alex = conversationWith('alex');
    const review = await alex.turn('', { command: 'marketingContact', step: 'review', offerId: 'gtm-silver-core', ...formValues() });
    assert.equal(review.status, DialogTurnStatus.complete);
    assert.equal(review.replies.length, 1, 'the summary only, no new form');
    const [save] = executeActionsOf(cardOf(review.replies[0]));
    assert.equal(save?.data.offerId, 'gtm-silver-core');
  });

  it('ends with the reason when an employee submits the form', async () => {
    const adele = conversationWith('adele');
    const forged = await adele.turn('', { command: 'marketingContact', step: 'review', ...formValues() });
    assert.equal(forged.status, DialogTurnStatus.complete);
    assert.match(String(forged.replies[0]?.text), new RegExp(en('roles.mpnPartnerAdmin')));
    assert.equal(forged.replies.length, 1);
  });
});
