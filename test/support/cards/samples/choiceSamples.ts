import type { Translate } from '../../../../bot/i18n';
import type { ChoiceCardData } from '../../../../cards/choice/choice';

/** The questions a conversation asks with a choice card: two subscriptions, and the things a company may cancel. */
export function choiceSamples(t: Translate): Record<string, ChoiceCardData> {
  return {
    'visual-studio-subscription': {
      question: t('visualStudio.pick'),
      choices: [{ title: 'Visual Studio Professional subscription' }, { title: 'Visual Studio Enterprise subscription' }],
    },
    'cancellation-target': {
      question: t('cancellation.pick'),
      choices: [{ title: t('cancellation.actionPack') }, { title: 'Silver Core go-to-market benefits' }],
    },
  };
}
