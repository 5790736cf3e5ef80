import {
  ActivityTypes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type SearchInvokeResponse,
  type ConversationState,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { sendHelp } from '../dialogs/help/helpDialog';
import { answerPeopleSearch } from '../dialogs/peoplePicker/peopleSearchAnswer';
import type { MainDialog } from '../dialogs/mainDialog';
import type { AppServices } from './services/appServices';
import { CALLER_TURN_KEY, turnDeadlineOf } from '../dialogs/turn';
import type { Logger } from './logger';
import type { ConversationReferences } from './notify/conversationReferences';
import { resolveCaller, type CallerLookups, type ChosenLocales } from './services/caller';
import { offerTypedLanguage, withTypedLanguage } from '../dialogs/language/typedLanguage';

export interface BenefitsBotDependencies {
  conversationState: ConversationState;
  mainDialog: MainDialog;
  services: AppServices;
  directory: CallerLookups;
  languages: ChosenLocales;
  conversations: ConversationReferences;
  logger: Logger;
}

/** Activity types that come from a person or an install, and so need to know who is speaking. */
const CALLER_ACTIVITIES = new Set<string>([
  ActivityTypes.Message,
  ActivityTypes.ConversationUpdate,
  ActivityTypes.InstallationUpdate,
  ActivityTypes.Invoke,
]);

export class BenefitsBot extends TeamsActivityHandler {
  constructor(private readonly dependencies: BenefitsBotDependencies) {
    super();
    const dialogState = dependencies.conversationState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      await dependencies.conversations.remember(context.activity);
      await dependencies.mainDialog.run(context, dialogState);
      await offerTypedLanguage(context);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await dependencies.conversations.remember(context.activity);
      await next();
    });

    this.onInstallationUpdateRemove(async (context, next) => {
      await dependencies.conversations.forget(context.activity);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botWasAdded = (context.activity.membersAdded ?? []).some(
        (member) => member.id === context.activity.recipient?.id,
      );
      if (botWasAdded) {
        await dependencies.conversations.remember(context.activity);
        await sendHelp(context, dependencies.services);
      }
      await next();
    });
  }

  /** An Action.Execute pressed or a card refreshed: answered with the card that replaces it for this person. */
  protected override onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return this.dependencies.mainDialog.answerCardAction(context, invokeValue.action.verb, invokeValue.action.data);
  }

  /** The `application/search` invoke: a type-ahead people picker asks for the people matching what was typed. */
  protected override onSearchInvoke(context: TurnContext): Promise<SearchInvokeResponse> {
    return answerPeopleSearch(context, this.dependencies.services.people, this.dependencies.logger);
  }

  override async run(context: TurnContext): Promise<void> {
    if (CALLER_ACTIVITIES.has(context.activity.type)) {
      // A message goes to the dialogs, which need the conversation state: it is read while the caller is looked up.
      const [caller] = await Promise.all([
        resolveCaller(context.activity, this.dependencies.directory, this.dependencies.languages),
        context.activity.type === (ActivityTypes.Message as string) ? this.dependencies.conversationState.load(context) : undefined,
      ]);
      context.turnState.set(CALLER_TURN_KEY, withTypedLanguage(caller, context.activity));
    }
    // A turn past its deadline writes nothing more: not its conversation reference, not its dialog's state.
    const deadline = turnDeadlineOf(context);
    deadline.check();
    await super.run(context);
    deadline.check();
    await this.dependencies.conversationState.saveChanges(context);
  }
}
