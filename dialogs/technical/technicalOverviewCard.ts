import type { Attachment } from 'botbuilder';
import { technicalCard } from '../../cards/technical/technical';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import { mayTake, refreshingCard, refreshViewers } from '../present/refresh';
import { technicalCardData, type ChosenAssignee, type SentForm } from '../../cards/technical/technicalCardData';
import { TECHNICAL_VERBS } from '../../cards/technical/technical.verbs';

/**
 * The technical card as it stands now for the caller, with a refused form kept or a person chosen in the assign forms;
 * it refreshes itself for whoever opens the chat later.
 */
export async function technicalOverviewCard(
  technical: AppServices['technical'],
  context: ActionContext,
  sent?: SentForm,
  chosen?: ChosenAssignee,
): Promise<Outcome<Attachment>> {
  const { locale, aadObjectId } = context.caller;
  return refreshingCard(
    await technical.overview(context),
    (overview) => technicalCard(technicalCardData(overview, translatorFor(locale), locale, sent, chosen)),
    { verb: TECHNICAL_VERBS.refresh, data: {} },
    (overview) => refreshViewers(aadObjectId, mayTake(overview.roster, 'activateTechnical')),
  );
}
