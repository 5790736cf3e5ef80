import type { Attachment } from 'botbuilder';
import { offersCard } from '../../cards/offers/offers';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import { refreshingCard, refreshViewers, type CardRefresh } from '../present/refresh';
import { offersCardData, type OffersCardStatus } from '../../cards/offers/offersCardData';
import { OFFERS_VERBS } from '../../cards/offers/offers.verbs';

/** What an offers card, or a card that took its place, refreshes with: the offers as they are now. */
export const SHOW_OFFERS: CardRefresh = { verb: OFFERS_VERBS.refresh, data: {} };

/** The offers card as it stands now for the caller; it refreshes itself for the reader and the admins. */
export async function offersOverviewCard(
  offers: AppServices['offers'],
  context: ActionContext,
  status?: OffersCardStatus,
): Promise<Outcome<Attachment>> {
  const { locale, tenant, aadObjectId } = context.caller;
  return refreshingCard(
    await offers.overview(context),
    (overview) => {
      const view = { ...overview, companyName: tenant!.companyName, now: context.now, status };
      return offersCard(offersCardData(view, translatorFor(locale), locale));
    },
    SHOW_OFFERS,
    (overview) => refreshViewers(aadObjectId, overview.managers),
  );
}
