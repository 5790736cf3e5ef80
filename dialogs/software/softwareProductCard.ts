import type { Attachment } from 'botbuilder';
import { softwareProductCard } from '../../cards/software/softwareProduct';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { SoftwareProductView } from '../../bot/services/softwareKeys';
import { refusalNote } from './refusalNote';
import { softwareProductCardData, type SoftwareProductCardView } from '../../cards/software/softwareCardData';

type Services = Pick<AppServices, 'software'>;

/** A product's card for the caller: the pickers and Get keys where they would get keys, else why not. */
export async function productCardFor(
  services: Services,
  context: ActionContext,
  view: SoftwareProductView,
  lastPress: Pick<SoftwareProductCardView, 'chosen' | 'error'> = {},
): Promise<Attachment> {
  const { locale } = context.caller;
  const t = translatorFor(locale);
  const keyRefusal = refusalNote(await services.software.keyRefusal(context), t, locale);
  return softwareProductCard(softwareProductCardData({ view, keyRefusal, ...lastPress }, t, locale));
}

/** The product a card names, as it stands now; undefined when there is none or the caller may not see it. */
export async function currentProduct(services: Services, context: ActionContext, payload: Record<string, unknown>): Promise<SoftwareProductView | undefined> {
  const outcome = await services.software.products(context);
  if (outcome.kind !== 'done') return undefined;
  return outcome.value.find((view) => view.benefitId === payload.benefitId && view.product.name === payload.product);
}
