import type { AdaptiveCardInvokeResponse, StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type Dialog,
  type DialogContext,
  type DialogState,
  type DialogStateManagerConfiguration,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { translatorFor } from '../bot/i18n';
import { cardSubmitOf, isRecord, type CardActionHandler, type CardActions } from './cardAction';
import { replaceCardOrSend } from './present/replyCard';
import { messageText, recognizeCommand } from './commands';
import { callerOf } from './turn';

const ROUTE = 'route';
/** Where botbuilder's DialogStateManager looks for its configuration in the turn state. */
export const STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

interface RouteOptions {
  command?: string;
}

export interface MainDialogParts {
  /** One dialog per command, its id the command's key. */
  dialogs: Dialog[];
  cardActions: CardActions;
  logger?: { warn(message: string, context?: Record<string, unknown>): void };
}

/**
 * Reads what the user asked for and hands the turn to the conversation that owns it. A command or a card action
 * interrupts whatever conversation was waiting: people change their mind, and old cards stay pressable.
 */
export class MainDialog extends ComponentDialog {
  /**
   * botbuilder assembles the memory scopes of dialog state anew for every turn unless the turn carries them, as its
   * DialogManager does across turns; they hold no state of a turn, so the first turn's serve every later one.
   */
  private stateConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(private readonly parts: MainDialogParts) {
    super('main');
    for (const dialog of parts.dialogs) this.addDialog(dialog);
    this.addDialog(new WaterfallDialog(ROUTE, [async (step) => this.route(step)]));
    this.initialDialogId = ROUTE;
  }

  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    if (this.stateConfiguration) context.turnState.set(STATE_CONFIGURATION_KEY, this.stateConfiguration);
    const dialogContext = await dialogSet.createContext(context);
    this.stateConfiguration ??= dialogContext.state.configuration;

    const submit = cardSubmitOf(context.activity);
    if (submit) {
      await dialogContext.cancelAllDialogs();
      await this.runCardAction(context, submit.action, submit.payload);
      return;
    }
    const command = recognizeCommand(context.activity);
    if (command) {
      await dialogContext.cancelAllDialogs();
      await dialogContext.beginDialog(this.id, { command } satisfies RouteOptions);
      return;
    }
    await this.continueOrRoute(dialogContext);
  }

  /** A recognized command starts its conversation at once; anything else is routed by the waterfall. */
  protected override onBeginDialog(innerContext: DialogContext, options?: RouteOptions): Promise<DialogTurnResult> {
    const command = options?.command;
    return command && this.findDialog(command) ? innerContext.beginDialog(command) : super.onBeginDialog(innerContext, options);
  }

  private async continueOrRoute(dialogContext: DialogContext): Promise<void> {
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(this.id);
  }

  /**
   * An Action.Execute (Teams' Universal Actions) is answered within its invoke: the card that replaces the pressed one
   * for its presser. It leaves a waiting conversation alone, since Teams also sends one when a card is only looked at.
   */
  async answerCardAction(context: TurnContext, verb: string | undefined, data: unknown): Promise<AdaptiveCardInvokeResponse> {
    const handler = this.handlerOf(context, verb ?? '');
    const answer = handler ? await handler(context, isRecord(data) ? data : {}) : undefined;
    if (answer?.card) return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: answer.card.content as Record<string, unknown> };
    const message = handler ? (answer?.refusal ?? '') : translatorFor(callerOf(context).locale)('refusals.invalidInput');
    // Teams shows a message answer's value, a string, where the card was; botbuilder's type only knows object values.
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message as unknown as Record<string, unknown> };
  }

  /** An Action.Submit, from cards sent before their actions became Universal Actions: the result replaces the card. */
  private async runCardAction(context: TurnContext, action: string, payload: Record<string, unknown>): Promise<void> {
    const handler = this.handlerOf(context, action);
    if (!handler) {
      await context.sendActivity(translatorFor(callerOf(context).locale)('refusals.invalidInput'));
      return;
    }
    const answer = await handler(context, payload);
    if (answer?.refusal) await context.sendActivity(answer.refusal);
    else if (answer?.card) await replaceCardOrSend(context, answer.card);
  }

  private handlerOf(context: TurnContext, action: string): CardActionHandler | undefined {
    if (Object.hasOwn(this.parts.cardActions, action)) return this.parts.cardActions[action];
    this.parts.logger?.warn('card action with an unknown name', { action, activityId: context.activity.id });
    return undefined;
  }

  private async route(step: WaterfallStepContext) {
    const command = recognizeCommand(step.context.activity);
    if (command && this.findDialog(command)) return step.replaceDialog(command);
    await sendFallback(step.context);
    return step.endDialog();
  }
}

async function sendFallback(context: TurnContext): Promise<void> {
  const t = translatorFor(callerOf(context).locale);
  const text = messageText(context.activity);
  // Quote at most a short excerpt: echoing a 10,000-character message back helps nobody.
  const excerpt = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  await context.sendActivity(excerpt ? t('fallback.unknownCommand', { text: excerpt }) : t('fallback.emptyMessage'));
}
