import type { Attachment } from 'botbuilder';
import { technicalCard } from '../../cards/technical';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import { done, type Outcome } from '../../bot/services/outcome';
import { mayTake, refreshViewers, withRefresh } from '../present/refresh';
import { technicalCardData, type SentForm } from './technicalCardData';

/** The verb the technical card refreshes with. */
export const SHOW_TECHNICAL = 'technical.show';

/** The technical card as it stands now for the caller; it refreshes itself for whoever opens the chat later. */
export async function technicalOverviewCard(
  technical: AppServices['technical'],
  context: ActionContext,
  sent?: SentForm,
): Promise<Outcome<Attachment>> {
  const outcome = await technical.overview(context);
  if (outcome.kind !== 'done') return outcome;
  const { locale } = context.caller;
  const card = technicalCard(technicalCardData(outcome.value, translatorFor(locale), locale, sent));
  const viewers = refreshViewers(context.caller.aadObjectId, mayTake(outcome.value.roster, 'activateTechnical'));
  return done(withRefresh(card, { verb: SHOW_TECHNICAL, data: {} }, viewers));
}
