import type { WaterfallDialog } from 'botbuilder-dialogs';
import type { AppServices } from '../../bot/services/appServices';
import { singleCardDialog } from '../present/singleCardDialog';
import { offersOverviewCard } from './offersOverviewCard';

export const OFFERS_DIALOG = 'offers';

/** The go-to-market offers the company can use, on one card; its buttons are card actions. */
export function offersDialog(services: Pick<AppServices, 'offers'>): WaterfallDialog {
  return singleCardDialog(OFFERS_DIALOG, (context) => offersOverviewCard(services.offers, context));
}
