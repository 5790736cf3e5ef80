import type { TurnContext } from 'botbuilder';
import { languageCard } from '../../cards/language/language';
import type { Caller } from '../../bot/services/caller';
import { languageOfTypedCommand } from '../commands';
import { callerOf } from '../turn';
import { languageOfferCardData } from '../../cards/language/languageCardData';

/**
 * Words that belong to one of our languages only (`hilfe`, `帮助`, `voordelen`) say which language the person reads,
 * better than a client set to another one: this turn is answered in it.
 */
export function withTypedLanguage(caller: Caller, activity: TurnContext['activity']): Caller {
  const typed = languageOfTypedCommand(activity);
  return typed && typed !== caller.locale ? { ...caller, locale: typed, typedLocale: typed } : caller;
}

/** After such an answer, the offer to keep answering in that language. */
export async function offerTypedLanguage(context: TurnContext): Promise<void> {
  const { typedLocale } = callerOf(context);
  if (typedLocale) await context.sendActivity({ attachments: [languageCard(languageOfferCardData(typedLocale))] });
}
