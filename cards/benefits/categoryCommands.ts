import type { BenefitCategory } from '../../bot/domain/benefit';
import type { RosterUser } from '../../bot/domain/user';
import type { Translate } from '../../bot/i18n';
import type { CommandButton } from './benefitsSummary';
import { commandsAvailableTo } from '../../bot/domain/commands';

/** The benefits overview's conversation, which the category card's button goes back to. */
export const BENEFITS_DIALOG = 'benefits';

/** The conversation that works with each category's benefits (keys, activation, assignment, offers). */
export const CATEGORY_COMMANDS: Readonly<Record<BenefitCategory, string>> = {
  software: 'software',
  cloud: 'cloud',
  visualStudio: 'visualStudio',
  technical: 'technical',
  goToMarket: 'offers',
};

/**
 * The button into a category's own conversation, labelled with what it opens, shown only when the bot has that
 * conversation and the person may start it; the conversation checks the person again either way.
 */
export function categoryFlowButton(category: BenefitCategory, user: RosterUser | undefined, t: Translate): CommandButton {
  const command = CATEGORY_COMMANDS[category];
  const visible = commandsAvailableTo(user).some((available) => available.key === command);
  return { visible, title: visible ? t(`benefits.summary.open.${category}`) : '', command };
}
