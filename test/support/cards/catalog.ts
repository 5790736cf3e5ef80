import { SUPPORTED_LOCALES, translatorFor, type Locale, type Translate } from '../../../bot/i18n';
import actionDoneTemplate from '../../../cards/actionDone/actionDone.json';
import actionPackTemplate from '../../../cards/actionPack/actionPack.json';
import actionPackTurnOffTemplate from '../../../cards/actionPack/actionPackTurnOff.json';
import cancellationTemplate from '../../../cards/cancellation/cancellation.json';
import requestsTemplate from '../../../cards/requests/requests.json';
import benefitCategoryTemplate from '../../../cards/benefits/benefitCategory.json';
import benefitsSummaryTemplate from '../../../cards/benefits/benefitsSummary.json';
import helpTemplate from '../../../cards/help/help.json';
import notificationTemplate from '../../../cards/notification/notification.json';
import notificationSettingsTemplate from '../../../cards/notificationSettings/notificationSettings.json';
import myAssignmentsTemplate from '../../../cards/myAssignments/myAssignments.json';
import visualStudioTemplate from '../../../cards/visualStudio/visualStudio.json';
import softwareProductTemplate from '../../../cards/software/softwareProduct.json';
import softwareKeysTemplate from '../../../cards/software/softwareKeys.json';
import cloudBenefitTemplate from '../../../cards/cloud/cloudBenefit.json';
import cloudKeysTemplate from '../../../cards/cloud/cloudKeys.json';
import marketingContactConfirmTemplate from '../../../cards/marketingContact/marketingContactConfirm.json';
import marketingContactFormTemplate from '../../../cards/marketingContact/marketingContactForm.json';
import offersTemplate from '../../../cards/offers/offers.json';
import offersContactRequiredTemplate from '../../../cards/offers/offersContactRequired.json';
import technicalTemplate from '../../../cards/technical/technical.json';
import languageTemplate from '../../../cards/language/language.json';
import { expandCard, type CardTemplate, type CardVerbs } from '../../../cards/shared/renderCard';
import { ACTION_PACK_VERBS } from '../../../cards/actionPack/actionPack.verbs';
import { BENEFITS_VERBS } from '../../../cards/benefits/benefits.verbs';
import { SOFTWARE_VERBS } from '../../../cards/software/software.verbs';
import { CLOUD_VERBS } from '../../../cards/cloud/cloud.verbs';
import { CANCELLATION_VERBS } from '../../../cards/cancellation/cancellation.verbs';
import { LANGUAGE_VERBS } from '../../../cards/language/language.verbs';
import { MARKETING_CONTACT_BY_NAME_VERBS, MARKETING_CONTACT_VERBS } from '../../../cards/marketingContact/marketingContact.verbs';
import { NOTIFICATION_SETTINGS_VERBS } from '../../../cards/notificationSettings/notificationSettings.verbs';
import { OFFERS_VERBS } from '../../../cards/offers/offers.verbs';
import { REQUESTS_VERBS } from '../../../cards/requests/requests.verbs';
import { TECHNICAL_BY_NAME_VERBS, TECHNICAL_VERBS } from '../../../cards/technical/technical.verbs';
import { VISUAL_STUDIO_BY_NAME_VERBS, VISUAL_STUDIO_VERBS } from '../../../cards/visualStudio/visualStudio.verbs';
import choiceTemplate from '../../../cards/choice/choice.json';
import assignByNameTemplate from '../../../cards/namedPeople/assignByName.json';
import { marketingContactConfirmSamples, marketingContactFormSamples } from './samples/marketingContactSamples';
import { offersContactRequiredSamples, offersSamples } from './samples/offersSamples';
import { actionDoneSamples } from './samples/actionDoneSamples';
import { actionPackSamples } from './samples/actionPackSamples';
import { actionPackTurnOffSamples } from './samples/actionPackTurnOffSamples';
import { assignByNameSamples, namedPersonSamples } from './samples/assignByNameSamples';
import { cancellationSamples } from './samples/cancellationSamples';
import { choiceSamples } from './samples/choiceSamples';
import { requestsSamples } from './samples/requestsSamples';
import { benefitCategorySamples } from './samples/benefitCategorySamples';
import { benefitsSummarySamples } from './samples/benefitsSummarySamples';
import { helpSamples } from './samples/helpSamples';
import { languageSamples } from './samples/languageSamples';
import { notificationSamples } from './samples/notificationSamples';
import { notificationSettingsSamples } from './samples/notificationSettingsSamples';
import { myAssignmentsSamples } from './samples/myAssignmentsSamples';
import { visualStudioSamples } from './samples/visualStudioSamples';
import { softwareKeysSamples, softwareProductSamples } from './samples/softwareSamples';
import { cloudBenefitSamples, cloudKeysSamples } from './samples/cloudSamples';
import { technicalResultSamples, technicalSamples } from './samples/technicalSamples';

export interface CardCatalogEntry<Data extends object = object> {
  /** The template's file name in its card's folder under `cards/`, without `.json`. */
  name: string;
  template: CardTemplate;
  /** Representative data by sample name, translated with `t`: every variant the card has, in the given language. */
  samples: (t: Translate, locale: Locale) => Record<string, Data>;
  /** The verbs its actions send, which its builder adds to the data. */
  verbs?: CardVerbs;
}

/**
 * Every card template the bot sends. The card tests check each sample in every language, `npm run cards:preview`
 * draws them, and a template in `cards/` that is missing here fails the tests.
 */
export const CARD_CATALOG: readonly CardCatalogEntry[] = [
  { name: 'help', template: helpTemplate, samples: helpSamples },
  { name: 'visualStudio', template: visualStudioTemplate, samples: visualStudioSamples, verbs: VISUAL_STUDIO_VERBS },
  { name: 'assignByName', template: assignByNameTemplate, samples: assignByNameSamples, verbs: VISUAL_STUDIO_BY_NAME_VERBS },
  { name: 'assignByName', template: assignByNameTemplate, samples: namedPersonSamples('technical.byName', 'technical'), verbs: TECHNICAL_BY_NAME_VERBS },
  { name: 'assignByName', template: assignByNameTemplate, samples: namedPersonSamples('marketingContact.byName', 'marketing-contact'), verbs: MARKETING_CONTACT_BY_NAME_VERBS },
  { name: 'softwareProduct', template: softwareProductTemplate, samples: softwareProductSamples, verbs: SOFTWARE_VERBS },
  { name: 'softwareKeys', template: softwareKeysTemplate, samples: softwareKeysSamples },
  { name: 'cloudBenefit', template: cloudBenefitTemplate, samples: cloudBenefitSamples, verbs: CLOUD_VERBS },
  { name: 'cloudKeys', template: cloudKeysTemplate, samples: cloudKeysSamples },
  { name: 'actionDone', template: actionDoneTemplate, samples: actionDoneSamples },
  { name: 'benefitsSummary', template: benefitsSummaryTemplate, samples: benefitsSummarySamples, verbs: BENEFITS_VERBS },
  { name: 'benefitCategory', template: benefitCategoryTemplate, samples: benefitCategorySamples },
  { name: 'myAssignments', template: myAssignmentsTemplate, samples: myAssignmentsSamples },
  { name: 'cancellation', template: cancellationTemplate, samples: cancellationSamples, verbs: CANCELLATION_VERBS },
  { name: 'requests', template: requestsTemplate, samples: requestsSamples, verbs: REQUESTS_VERBS },
  { name: 'actionPack', template: actionPackTemplate, samples: actionPackSamples, verbs: ACTION_PACK_VERBS },
  { name: 'actionPackTurnOff', template: actionPackTurnOffTemplate, samples: actionPackTurnOffSamples, verbs: ACTION_PACK_VERBS },
  { name: 'offers', template: offersTemplate, samples: offersSamples, verbs: OFFERS_VERBS },
  { name: 'offersContactRequired', template: offersContactRequiredTemplate, samples: offersContactRequiredSamples },
  { name: 'marketingContactForm', template: marketingContactFormTemplate, samples: marketingContactFormSamples },
  { name: 'marketingContactConfirm', template: marketingContactConfirmTemplate, samples: marketingContactConfirmSamples, verbs: MARKETING_CONTACT_VERBS },
  { name: 'technical', template: technicalTemplate, samples: technicalSamples, verbs: TECHNICAL_VERBS },
  { name: 'actionDone', template: actionDoneTemplate, samples: technicalResultSamples },
  { name: 'notification', template: notificationTemplate, samples: notificationSamples },
  { name: 'notificationSettings', template: notificationSettingsTemplate, samples: notificationSettingsSamples, verbs: NOTIFICATION_SETTINGS_VERBS },
  { name: 'language', template: languageTemplate, samples: languageSamples, verbs: LANGUAGE_VERBS },
  { name: 'choice', template: choiceTemplate, samples: choiceSamples },
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
        content: expandCard(card.template, data, card.verbs),
      })),
    ),
  );
}
