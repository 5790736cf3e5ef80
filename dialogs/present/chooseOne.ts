import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { Outcome } from '../../bot/services/outcome';
import { actionContextOf } from '../turn';
import { choicePromptOptions } from './choicePrompt';
import { unsuccessfulText } from './outcomeText';

export interface ChooseOne<T> {
  /** The use case listing what there is to choose from (it checks the caller). */
  list: (context: ActionContext) => Promise<Outcome<T[]>>;
  /** The ChoicePrompt's id in the dialog. */
  promptId: string;
  /** Catalog keys: the answer when there is nothing, and the question when there are several. */
  noneKey: string;
  pickKey: string;
  label: (item: T) => string;
}

const ITEMS = 'chooseOne.items';

/**
 * The first step of a "pick one, then see its card" conversation: a refusal or "there is none" ends it, a single item
 * is taken at once, several are asked for. The list is kept in the step's values for the next step.
 */
export async function chooseOne<T>(step: WaterfallStepContext, choice: ChooseOne<T>): Promise<DialogTurnResult> {
  const context = actionContextOf(step.context);
  const t = translatorFor(context.caller.locale);
  const outcome = await choice.list(context);
  if (outcome.kind !== 'done') {
    await step.context.sendActivity(unsuccessfulText(outcome, t, context.caller.locale));
    return step.endDialog();
  }
  const items = outcome.value;
  (step.values as Record<string, unknown>)[ITEMS] = items;
  if (items.length === 0) {
    await step.context.sendActivity(t(choice.noneKey));
    return step.endDialog();
  }
  if (items.length === 1) return step.next({ index: 0 });
  return step.prompt(choice.promptId, choicePromptOptions(t(choice.pickKey), items.map(choice.label)));
}

/** The item chosen in the step before (by `chooseOne`). */
export function chosenItem<T>(step: WaterfallStepContext): T {
  const items = (step.values as Record<string, unknown>)[ITEMS] as T[];
  return items[(step.result as { index: number }).index];
}
