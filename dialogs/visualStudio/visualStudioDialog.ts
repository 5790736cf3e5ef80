import { ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { BenefitDoc } from '../../bot/domain/documents';
import type { AppServices } from '../../bot/services/appServices';
import { translatorFor } from '../../bot/i18n';
import { personNamedIn } from '../commands';
import { chooseOne, chosenItem } from '../present/chooseOne';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { subscriptionCard } from './subscriptionCard';
import { namedPeopleCard, peopleNamed } from './namedPeopleCard';

export const VISUAL_STUDIO_DIALOG = 'visualStudio';
const PICK_SUBSCRIPTION = 'visualStudio.pick';
const STEPS = 'visualStudio.steps';
/** The person named in "assign visual studio to Zoe", kept while the subscription is picked. */
const NAMED_PERSON = 'visualStudio.namedPerson';

/**
 * Pick a subscription (when there are several), then see who holds it and assign or reassign it on its card; or, when
 * a person was named, the people that name finds, to assign it to with one press.
 */
export class VisualStudioDialog extends ComponentDialog {
  constructor(private readonly services: Pick<AppServices, 'queries' | 'people'>) {
    super(VISUAL_STUDIO_DIALOG);
    this.addDialog(new ChoicePrompt(PICK_SUBSCRIPTION));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        async (step) => this.choose(step),
        async (step) => {
          const name = (step.values as Record<string, string | undefined>)[NAMED_PERSON];
          return name ? this.offerNamedPeople(step, name) : this.showSubscription(step);
        },
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private choose(step: WaterfallStepContext) {
    (step.values as Record<string, string | undefined>)[NAMED_PERSON] = personNamedIn(step.context.activity, VISUAL_STUDIO_DIALOG);
    return chooseOne(step, {
      list: (context) => this.services.queries.benefits(context, 'visualStudio'),
      promptId: PICK_SUBSCRIPTION,
      noneKey: 'visualStudio.none',
      pickKey: 'visualStudio.pick',
      label: (subscription) => subscription.name,
    });
  }

  private async showSubscription(step: WaterfallStepContext) {
    const card = await subscriptionCard(this.services.queries, actionContextOf(step.context), chosenItem<BenefitDoc>(step));
    await step.context.sendActivity({ attachments: [card] });
    return step.endDialog();
  }

  /** The search a type-ahead picker makes, answered in the chat: for clients without it, and for very large companies. */
  private async offerNamedPeople(step: WaterfallStepContext, name: string) {
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const benefit = chosenItem<BenefitDoc>(step);
    const found = await peopleNamed(this.services.people, context, benefit, name);
    if (found.kind !== 'done') await step.context.sendActivity(unsuccessfulText(found, t, locale));
    else if (found.value.length === 0) await step.context.sendActivity(t('visualStudio.byName.nobody', { name }));
    else await step.context.sendActivity({ attachments: [await namedPeopleCard(this.services.queries, context, { benefit, people: found.value, name })] });
    return step.endDialog();
  }
}
