import { ComponentDialog, Dialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { marketingContactConfirmCard } from '../../cards/marketingContact/marketingContactConfirm';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { askingCardOf } from '../present/askingCard';
import type { AskingCardMemory } from '../present/askingCardMemory';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';
import { personNamedIn } from '../commands';
import { answerNamedPerson } from '../peoplePicker/namedPersonForm';
import { contactFormCard, CORRECTABLE, textFields } from './contactFormCard';
import { namedContact } from './namedContact';
import { marketingContactConfirmData, type EnteredContact } from '../../cards/marketingContact/marketingContactCardData';

export const MARKETING_CONTACT_DIALOG = 'marketingContact';
const STEPS = 'marketingContact.steps';

/** What the conversation carries from the press that started it to the Save button, kept in its dialog state. */
interface Carried {
  /** The offer whose activation waits for a marketing contact. */
  offerId?: string;
}

interface StepOptions extends Carried {
  /** The form is shown again because its last submit was not accepted. */
  retry?: { entered: EnteredContact; problem: string };
  /** Something other than the form's submit came in while the form waited. */
  remind?: boolean;
}

interface FormSubmit extends Carried {
  /** Everything the submit carried besides the command, for the review to check strictly. */
  fields: Record<string, unknown>;
}

/**
 * Add or change the marketing contact: the form (with the current contact, if any, or the person named in the command),
 * then a review on the server, then a summary whose Save button does the saving. The form's submit names this command,
 * so a form pressed after the conversation moved on (or after a restart) still reaches the review. The card whose button
 * started it is remembered on the server for the Save, which draws it again.
 */
export class MarketingContactDialog extends ComponentDialog {
  constructor(
    private readonly services: Pick<AppServices, 'marketingContacts' | 'people'>,
    private readonly askingCards: AskingCardMemory,
  ) {
    super(MARKETING_CONTACT_DIALOG);
    this.addDialog(new WaterfallDialog(STEPS, [async (step) => this.showForm(step), async (step) => this.review(step)]));
    this.initialDialogId = STEPS;
  }

  private async showForm(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as StepOptions;
    const submitted = formSubmitOf(step.context.activity.value);
    if (!options.retry && !options.remind && submitted) return step.next(submitted);
    if (!options.retry && !options.remind) await this.askingCards.remember(step.context, askingCardOf(step.context.activity));

    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const name = personNamedIn(step.context.activity, MARKETING_CONTACT_DIALOG);
    if (name) {
      // The form's Review names this command, so it reaches the review without the conversation waiting for it.
      await step.context.sendActivity(await answerNamedPerson(this.services.people, namedContact(this.services), context, name));
      return step.endDialog();
    }
    const carried: Carried = { offerId: options.offerId ?? offerIdOf(step.context.activity.value) };
    Object.assign(step.values, carried);
    const form = await contactFormCard(this.services.marketingContacts, context, { ...options.retry, ...carried });
    if (form.kind !== 'done') {
      await step.context.sendActivity(unsuccessfulText(form, t, locale));
      return step.endDialog();
    }
    if (options.remind) await step.context.sendActivity(t('marketingContact.fillInCard'));
    if (options.retry) await replaceCardOrSend(step.context, form.value);
    else await step.context.sendActivity({ attachments: [form.value] });
    return Dialog.EndOfTurn;
  }

  private async review(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const submitted = formSubmitOf(step.context.activity.value);
    // Kept by the form's step when it was shown in this conversation; a form pressed later carries it itself.
    const carried = step.values as Carried;
    if (!submitted) return step.replaceDialog(STEPS, { ...carried, remind: true } satisfies StepOptions);
    const offerId = submitted.offerId ?? carried.offerId;
    const outcome = await this.services.marketingContacts.review(context, submitted.fields);
    if (outcome.kind === 'done') {
      const current = await this.services.marketingContacts.current(context);
      const previous = current.kind === 'done' ? current.value : undefined;
      const replacing = previous?.contact && previous.contact.aadObjectId !== outcome.value.aadObjectId
        ? (previous.person?.displayName ?? previous.contact.aadObjectId)
        : undefined;
      const data = marketingContactConfirmData({ checked: outcome.value, replacing, offerId }, t, locale);
      await replaceCardOrSend(step.context, marketingContactConfirmCard(data));
      return step.endDialog();
    }
    const problem = unsuccessfulText(outcome, t, locale);
    if (outcome.kind === 'refused' && !CORRECTABLE.has(outcome.code)) {
      await step.context.sendActivity(problem);
      return step.endDialog();
    }
    const retry: StepOptions = { offerId, retry: { entered: textFields(submitted.fields), problem } };
    return step.replaceDialog(STEPS, retry);
  }
}

/** The form's inputs, when this activity is the form's submit. */
function formSubmitOf(value: unknown): FormSubmit | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { command, step, offerId, ...fields } = value as Record<string, unknown>;
  if (command !== MARKETING_CONTACT_DIALOG || step !== 'review') return undefined;
  return { fields, offerId: offerIdOf({ offerId }) };
}

function offerIdOf(value: unknown): string | undefined {
  const offerId = (value as { offerId?: unknown } | undefined)?.offerId;
  return typeof offerId === 'string' && offerId.trim() !== '' ? offerId : undefined;
}
