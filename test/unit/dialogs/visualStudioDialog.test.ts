import { strict as assert } from 'node:assert';
import type { Activity } from 'botbuilder';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { benefitDocId, type BenefitDoc } from '../../../bot/domain/documents';
import { translatorFor } from '../../../bot/i18n';
import { createServices } from '../../../bot/services/appServices';
import { VisualStudioDialog } from '../../../dialogs/visualStudio/visualStudioDialog';
import { teamsMessage } from '../../support/activities';
import { cardOf, inputsOf, submitActionsOf } from '../../support/cards';
import { DEMO_TENANT_ID, type DemoUser } from '../../support/demo';
import { openDialogServices, type DialogServices } from '../../support/dialogServices';

const en = translatorFor('en');

describe('the Visual Studio dialog, on real services', () => {
  let real: DialogServices;
  before(async () => {
    real = await openDialogServices('visual-studio-dialog');
  });
  after(async () => {
    await real.store.close();
  });

  const clientFor = (services = real.services) =>
    new DialogTestClient('msteams', new VisualStudioDialog(services), undefined, [real.resolvingCaller]);
  const say = (client: DialogTestClient, text: string, user: DemoUser) =>
    client.sendActivity(teamsMessage(text, { user, serviceUrl: 'https://smba.example/' }) as unknown as Partial<Activity>) as Promise<Record<string, unknown>>;

  it('shows the only subscription at once: to an employee without assign controls', async () => {
    const client = clientFor();
    const reply = await say(client, 'visual studio', 'adele');
    const card = cardOf(reply);
    assert.ok(JSON.stringify(card).includes('Visual Studio Professional subscription'));
    assert.equal(inputsOf(card).size, 0);
    assert.equal(client.dialogTurnResult.status, DialogTurnStatus.complete);
  });

  it('asks which subscription when there are several, then shows the chosen one to the Global admin', async () => {
    const enterprise: BenefitDoc = {
      id: benefitDocId('vs-enterprise'),
      tenantId: DEMO_TENANT_ID,
      type: 'benefit',
      benefitId: 'vs-enterprise',
      name: 'Visual Studio Enterprise subscription',
      category: 'visualStudio',
      edition: 'Enterprise',
      quantity: 1,
      status: 'active',
      assignments: [],
    };
    await real.documents.create(enterprise);
    // Added the way an import adds it, behind the back of services that showed the list a moment ago: a process that
    // has not shown it yet sees it at once.
    const client = clientFor(createServices(real.documents));
    const question = await say(client, 'visual studio', 'alex');
    const asked = cardOf(question);
    assert.ok(JSON.stringify(asked).includes(en('visualStudio.pick')), 'the question is a card');
    const answers = submitActionsOf(asked).map((action) => action.data.msteams);
    assert.ok(answers.some((answer) => JSON.stringify(answer) === JSON.stringify({ type: 'imBack', value: 'Visual Studio Enterprise subscription' })));
    assert.ok(!/\b1\./.test(typeof question.text === 'string' ? question.text : ''), 'no numbered list in text');
    assert.equal(client.dialogTurnResult.status, DialogTurnStatus.waiting);

    const reply = await say(client, 'Visual Studio Enterprise subscription', 'alex');
    const card = cardOf(reply);
    assert.ok(JSON.stringify(card).includes(en('visualStudio.seats', { used: 0, total: 1 })));
    assert.ok(inputsOf(card).has('assignee'), 'a Global admin gets the assign picker');
    assert.equal(client.dialogTurnResult.status, DialogTurnStatus.complete);
  });

  it('takes a typed number for the button in that place', async () => {
    const client = clientFor(createServices(real.documents));
    const question = await say(client, 'visual studio', 'alex');
    const [first] = submitActionsOf(cardOf(question)).map((action) => (action.data.msteams as { value: string }).value);
    const reply = await say(client, '1', 'alex');
    assert.match(JSON.stringify(cardOf(reply)), new RegExp(`"text":"${first}"`));
  });
});
