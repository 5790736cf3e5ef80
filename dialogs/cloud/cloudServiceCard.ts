import type { Attachment } from 'botbuilder';
import { cloudBenefitCard } from '../../cards/cloud/cloudBenefit';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { CloudBenefitView } from '../../bot/services/cloudActivation';
import { refreshViewers, withRefresh } from '../present/refresh';
import { refusalNote } from '../software/refusalNote';
import { cloudBenefitCardData } from '../../cards/cloud/cloudCardData';
import { CLOUD_VERBS } from '../../cards/cloud/cloud.verbs';

type Services = Pick<AppServices, 'cloud'>;

/** A cloud service's card for the caller, with what they may do on it; it refreshes itself. */
export async function cloudServiceCard(services: Services, context: ActionContext, view: CloudBenefitView, error?: string): Promise<Attachment> {
  const { locale } = context.caller;
  const t = translatorFor(locale);
  const card = {
    view,
    caller: context.caller.user,
    activationRefusal: refusalNote(await services.cloud.activationRefusal(context), t, locale),
    keyRefusal: refusalNote(await services.cloud.keyRefusal(context), t, locale),
    error,
  };
  const refresh = { verb: CLOUD_VERBS.refresh, data: { benefitId: view.benefit.benefitId } };
  return withRefresh(cloudBenefitCard(cloudBenefitCardData(card, t, locale)), refresh, refreshViewers(context.caller.aadObjectId, []));
}

/** The service as it stands now; undefined when there is none of that id or the caller may not see it. */
export async function currentCloudService(services: Services, context: ActionContext, benefitId: unknown): Promise<CloudBenefitView | undefined> {
  const outcome = await services.cloud.benefits(context);
  return outcome.kind === 'done' ? outcome.value.find((service) => service.benefit.benefitId === benefitId) : undefined;
}
