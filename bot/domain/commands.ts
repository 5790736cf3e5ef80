import { authorize, NOTIFICATIONS_PERMISSION, type Action } from './permissions';
import type { RosterUser } from './user';

export interface CommandDefinition {
  /** The key of the command in the catalogs (`commands.<key>.*`), and the id of the dialog that answers it. */
  key: string;
  /** The permission the command needs; none means anyone may ask. */
  action?: Action;
}

/** The commands the bot understands, in the order the help card lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  { key: 'help' },
  { key: 'benefits', action: 'viewBenefits' },
  { key: 'myBenefits', action: 'viewOwnAssignments' },
  { key: 'visualStudio', action: 'viewBenefits' },
  { key: 'notifications', action: NOTIFICATIONS_PERMISSION },
  { key: 'technical', action: 'viewBenefits' },
  { key: 'software', action: 'viewBenefits' },
  { key: 'cloud', action: 'viewBenefits' },
  { key: 'actionPack', action: 'viewBenefits' },
  { key: 'cancel', action: 'manageRequests' },
  { key: 'requests', action: 'manageRequests' },
  { key: 'offers', action: 'viewBenefits' },
  { key: 'marketingContact', action: 'manageGoToMarket' },
  { key: 'language' },
];

export function commandsAvailableTo(user: RosterUser | undefined): CommandDefinition[] {
  return COMMANDS.filter((command) => command.action === undefined || authorize(user, command.action).allowed);
}
