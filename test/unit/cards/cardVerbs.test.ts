import { strict as assert } from 'node:assert';
import { ConversationState, MemoryStorage } from 'botbuilder';
import { AUDITED_ACTIONS } from '../../../bot/domain/auditedActions';
import { translatorFor } from '../../../bot/i18n';
import type { AppServices } from '../../../bot/services/appServices';
import { expandCard } from '../../../cards/shared/renderCard';
import { VISUAL_STUDIO_VERBS } from '../../../cards/visualStudio/visualStudio.verbs';
import { cardActionsOf } from '../../../dialogs/createMainDialog';
import { AskingCardMemory } from '../../../dialogs/present/askingCardMemory';
import { CARD_CATALOG, expandedSamples } from '../../support/cards/catalog';
import { auditedWithoutVerb, verbMismatches, verbsSentBy } from './sentVerbs';

/** Building the handler map must not call a service; any use of one here fails the test. */
const NO_SERVICES = new Proxy({} as AppServices, {
  get: (_target, name) => {
    throw new Error(`the card action map used services.${String(name)} while being built`);
  },
});

/** Every verb the catalog's cards send, in every sample and language, and the refresh each card family declares. */
function verbsTheCardsSend(samples = expandedSamples()): Set<string> {
  const sent = new Set(samples.flatMap((sample) => verbsSentBy(sample.content)));
  for (const entry of CARD_CATALOG) if (entry.verbs?.refresh) sent.add(entry.verbs.refresh);
  return sent;
}

describe('card verbs', () => {
  const handled = Object.keys(cardActionsOf(NO_SERVICES, new AskingCardMemory(new ConversationState(new MemoryStorage()))));
  const sent = verbsTheCardsSend();

  it('gives every verb a card sends a handler, and every handler a card that sends its verb', () => {
    assert.deepEqual(verbMismatches(sent, handled), { unanswered: [], unreachable: [] });
  });

  it('gives every audited action a card verb of the same name', () => {
    assert.deepEqual(auditedWithoutVerb(Object.values(AUDITED_ACTIONS), handled), []);
  });

  it('notices an audited action whose card sends another name', () => {
    const audited = { ...AUDITED_ACTIONS, saveNotificationSettings: 'notifications.settings' };
    assert.deepEqual(auditedWithoutVerb(Object.values(audited), handled), ['notifications.settings']);
  });

  it('finds the verbs of buttons, show cards, select actions, submits and refreshes', () => {
    const card = {
      type: 'AdaptiveCard',
      refresh: { action: { type: 'Action.Execute', verb: 'a.refresh' }, userIds: [] },
      body: [
        { type: 'Container', selectAction: { type: 'Action.Submit', data: { action: 'a.select' } } },
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', url: 'https://contoso.example' }, { type: 'Action.Submit', data: 'no verb' }] },
      ],
      actions: [{ type: 'Action.ShowCard', card: { type: 'AdaptiveCard', actions: [{ type: 'Action.Execute', verb: 'a.shown' }] } }],
    };
    assert.deepEqual(verbsSentBy(card).sort(), ['a.refresh', 'a.select', 'a.shown']);
  });

  it('notices a handler that no card reaches', () => {
    const withExtra = [...handled, 'benefit.forget'];
    assert.deepEqual(verbMismatches(sent, withExtra), { unanswered: [], unreachable: ['benefit.forget'] });
  });

  it('notices a card that sends a verb nobody answers', () => {
    const visualStudio = CARD_CATALOG.find((entry) => entry.name === 'visualStudio')!;
    const t = translatorFor('en');
    const [data] = Object.values(visualStudio.samples(t, 'en'));
    const misspelt = expandCard(visualStudio.template, data, { ...VISUAL_STUDIO_VERBS, reassign: 'benefit.reasign' });
    const withMisspelt = new Set([...sent, ...verbsSentBy(misspelt)]);
    assert.deepEqual(verbMismatches(withMisspelt, handled).unanswered, ['benefit.reasign']);
  });
});
