import type { Attachment } from 'botbuilder';
import { offersCard } from '../../cards/offers';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import { done, type Outcome } from '../../bot/services/outcome';
import { refreshViewers, withRefresh, type CardRefresh } from '../present/refresh';
import { offersCardData, type OffersCardStatus } from './offersCardData';

/** What an offers card, or a card that took its place, refreshes with: the offers as they are now. */
export const SHOW_OFFERS: CardRefresh = { verb: 'offers.show', data: {} };

/** The offers card as it stands now for the caller; it refreshes itself for the reader and the admins. */
export async function offersOverviewCard(
  offers: AppServices['offers'],
  context: ActionContext,
  status?: OffersCardStatus,
): Promise<Outcome<Attachment>> {
  const outcome = await offers.overview(context);
  if (outcome.kind !== 'done') return outcome;
  const { locale, tenant } = context.caller;
  const view = { ...outcome.value, companyName: tenant!.companyName, now: context.now, status };
  const card = offersCard(offersCardData(view, translatorFor(locale), locale));
  return done(withRefresh(card, SHOW_OFFERS, refreshViewers(context.caller.aadObjectId, outcome.value.managers)));
}
