import type { TurnContext } from 'botbuilder';
import type { Caller } from '../../bot/services/caller';
import { languageOfTypedCommand } from '../commands';
import { callerOf } from '../turn';
import { languageOfferCard } from './languageCards';

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
  const caller = callerOf(context);
  if (caller.typedLocale) await context.sendActivity({ attachments: [languageOfferCard(caller, caller.typedLocale)] });
}
