import { SUPPORTED_LOCALES, translatorFor, type Locale, type Translate } from '../bot/i18n';
import actionDoneTemplate from './actionDone.json';
import helpTemplate from './help.json';
import visualStudioTemplate from './visualStudio.json';
import { expandCard, type CardTemplate } from './renderCard';
import { actionDoneSamples } from './samples/actionDoneSamples';
import { helpSamples } from './samples/helpSamples';
import { visualStudioSamples } from './samples/visualStudioSamples';

export interface CardCatalogEntry<Data extends object = object> {
  /** The template's file name in `cards/`, without `.json`. */
  name: string;
  template: CardTemplate;
  /** Representative data by sample name, translated with `t`: every variant the card has, in the given language. */
  samples: (t: Translate, locale: Locale) => Record<string, Data>;
}

/**
 * Every card template the bot sends. The card tests check each sample in every language, `npm run cards:preview`
 * draws them, and a template in `cards/` that is missing here fails the tests.
 */
export const CARD_CATALOG: readonly CardCatalogEntry[] = [
  { name: 'help', template: helpTemplate, samples: helpSamples },
  { name: 'visualStudio', template: visualStudioTemplate, samples: visualStudioSamples },
  { name: 'actionDone', template: actionDoneTemplate, samples: actionDoneSamples },
];

export interface ExpandedSample {
  card: string;
  sample: string;
  locale: Locale;
  content: Record<string, unknown>;
}

/** Every sample of every card in every language, expanded as the bot sends it. */
export function expandedSamples(locales: readonly Locale[] = SUPPORTED_LOCALES): ExpandedSample[] {
  return CARD_CATALOG.flatMap((card) =>
    locales.flatMap((locale) =>
      Object.entries(card.samples(translatorFor(locale), locale)).map(([sample, data]) => ({
        card: card.name,
        sample,
        locale,
        content: expandCard(card.template, data),
      })),
    ),
  );
}
