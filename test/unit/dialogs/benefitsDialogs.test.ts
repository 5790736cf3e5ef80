import { strict as assert } from 'node:assert';
import type { Activity } from 'botbuilder';
import { DialogTurnStatus, type Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { translatorFor } from '../../../bot/i18n';
import { benefitsDialog } from '../../../dialogs/benefits/benefitsDialog';
import { myBenefitsDialog } from '../../../dialogs/myBenefits/myBenefitsDialog';
import { teamsMessage } from '../../support/activities';
import { cardOf, executeActionsOf } from '../../support/cards';
import { DEMO_USERS, type DemoUser } from '../../support/demo';
import { openDialogServices, type DialogServices } from '../../support/dialogServices';

describe('the benefits and "what\'s assigned to me" dialogs, on real services', () => {
  let real: DialogServices;

  before(async () => {
    real = await openDialogServices('dialog-tests');
  });
  after(async () => {
    await real.store.close();
  });

  /** These turns are in a personal chat, where the answer is the reply and no other chat is looked up. */
  const inPersonalChatOnly = { findMany: () => Promise.reject(new Error('no other chat in a personal chat')) };

  const converse = async (dialog: Dialog, text: string, user: DemoUser, locale: string) => {
    const client = new DialogTestClient('msteams', dialog, undefined, [real.resolvingCaller]);
    // The activity as Teams sends it over the wire, which the Activity type describes more strictly.
    const activity = teamsMessage(text, { user, locale, serviceUrl: 'https://smba.example/' }) as unknown as Partial<Activity>;
    const reply = await client.sendActivity(activity);
    return { reply: reply as Record<string, unknown>, status: client.dialogTurnResult.status, next: client.getNextReply() };
  };

  it('answers Adele in Dutch that nothing is assigned to her yet, names the Global admin, and ends', async () => {
    const nl = translatorFor('nl');
    const { reply, status, next } = await converse(myBenefitsDialog(real.services, inPersonalChatOnly), 'wat is aan mij toegewezen', 'adele', 'nl-NL');
    const text = JSON.stringify(cardOf(reply));
    assert.ok(text.includes(nl('myBenefits.nothingYet', { name: DEMO_USERS.adele.name, admins: DEMO_USERS.alex.name })));
    assert.equal(status, DialogTurnStatus.complete);
    assert.equal(next, undefined, 'one answer, not two');
  });

  it('refuses a CSP-only account and ends without a card', async () => {
    const { reply, status } = await converse(myBenefitsDialog(real.services, inPersonalChatOnly), "what's assigned to me", 'diego', 'en-US');
    assert.equal(reply.text, translatorFor('en')('refusals.cspOnly'));
    assert.equal(reply.attachments, undefined);
    assert.equal(status, DialogTurnStatus.complete);
  });

  it('shows Lee the company’s benefits in Chinese, a Details button per category', async () => {
    const zh = translatorFor('zh-CN');
    const { reply, status } = await converse(benefitsDialog(real.services), '权益', 'lee', 'zh-CN');
    const card = cardOf(reply);
    assert.ok(JSON.stringify(card).includes(zh('benefits.summary.title')));
    const categories = executeActionsOf(card).filter((action) => action.verb === 'benefits.category');
    assert.deepEqual(
      categories.map((action) => action.title),
      categories.map(() => zh('benefits.summary.details')),
    );
    assert.equal(categories.length, 5);
    assert.equal(status, DialogTurnStatus.complete);
  });
});
