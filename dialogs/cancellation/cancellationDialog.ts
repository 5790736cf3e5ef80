import {
  ChoicePrompt,
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { cancellationCard } from '../../cards/cancellation/cancellation';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { MAX_REASON_LENGTH } from '../../bot/services/cancellations';
import { choicePromptOptions } from '../present/choicePrompt';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { cancellationCardData, targetIdOf, targetNameOf } from '../../cards/cancellation/cancellationCardData';

export const CANCELLATION_DIALOG = 'cancel';
const PICK_TARGET = 'cancel.pick';
const ASK_REASON = 'cancel.reason';
const STEPS = 'cancel.steps';

interface StepValues {
  targets: { id: string; name: string }[];
  chosen: { id: string; name: string };
}

/** Pick what to cancel, say why, then confirm on a card that gives the refund verdict; the card's button files it. */
export class CancellationDialog extends ComponentDialog {
  constructor(private readonly services: Pick<AppServices, 'cancellations'>) {
    super(CANCELLATION_DIALOG);
    this.addDialog(new ChoicePrompt(PICK_TARGET));
    this.addDialog(new TextPrompt(ASK_REASON, (prompt) => Promise.resolve(reasonFits(prompt))));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        async (step) => this.chooseTarget(step),
        async (step) => this.askReason(step),
        async (step) => this.confirm(step),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private async chooseTarget(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const t = translatorFor(context.caller.locale);
    const outcome = await this.services.cancellations.candidates(context);
    if (outcome.kind !== 'done') {
      await step.context.sendActivity(unsuccessfulText(outcome, t, context.caller.locale));
      return step.endDialog();
    }
    const targets = outcome.value.map((target) => ({ id: targetIdOf(target), name: targetNameOf(target, t) }));
    if (targets.length === 0) {
      await step.context.sendActivity(t('cancellation.none'));
      return step.endDialog();
    }
    (step.values as StepValues).targets = targets;
    return step.prompt(PICK_TARGET, choicePromptOptions(t('cancellation.pick'), targets.map((target) => target.name)));
  }

  private async askReason(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const values = step.values as StepValues;
    values.chosen = values.targets[(step.result as { index: number }).index]!;
    // What the rules refuse (an open request already) is said now, not after the reason was typed for nothing.
    const assessed = await this.services.cancellations.assess(context, values.chosen.id);
    if (assessed.kind !== 'done') {
      await step.context.sendActivity(unsuccessfulText(assessed, t, locale));
      return step.endDialog();
    }
    return step.prompt(ASK_REASON, {
      prompt: t('cancellation.askReason', { target: values.chosen.name }),
      retryPrompt: t('cancellation.reasonRetry', { max: MAX_REASON_LENGTH }),
    });
  }

  private async confirm(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const { chosen } = step.values as StepValues;
    const outcome = await this.services.cancellations.assess(context, chosen.id);
    if (outcome.kind !== 'done') {
      await step.context.sendActivity(unsuccessfulText(outcome, t, locale));
      return step.endDialog();
    }
    const reason = String(step.result).trim();
    await step.context.sendActivity({ attachments: [cancellationCard(cancellationCardData(outcome.value, reason, t, locale))] });
    return step.endDialog();
  }
}

function reasonFits(prompt: PromptValidatorContext<string>): boolean {
  const reason = prompt.recognized.value?.trim() ?? '';
  return prompt.recognized.succeeded && reason.length > 0 && reason.length <= MAX_REASON_LENGTH;
}
