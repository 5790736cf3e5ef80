import type { HelpCardData } from './help';
import type { UserDoc } from '../../bot/domain/documents';
import type { Translate } from '../../bot/i18n';
import type { Caller } from '../../bot/services/caller';
import { commandsAvailableTo } from '../../bot/domain/commands';
import { escapeMarkdown } from '../../bot/i18n/markdown';

export function roleNames(user: UserDoc, t: Translate): string {
  if (user.roles.length === 0) return t('roles.employee');
  return user.roles.map((role) => t(`roles.${role}`)).join(t('roles.separator'));
}

export function peopleList(people: readonly UserDoc[], t: Translate): string {
  return people.length === 0 ? t('help.nobody') : people.map((person) => person.displayName).join(t('roles.separator'));
}

/** The help card shows what this caller may ask, and who to turn to for the rest. */
export function helpCardData(caller: Caller, globalAdmins: readonly UserDoc[], t: Translate): HelpCardData {
  const { user, tenant } = caller;
  const facts = [];
  if (tenant) facts.push({ label: t('help.company'), value: escapeMarkdown(tenant.companyName) });
  if (user) facts.push({ label: t('help.yourRoles'), value: roleNames(user, t) });
  return {
    title: t('help.title'),
    greeting:
      tenant && caller.displayName
        ? t('help.greeting', { name: caller.displayName, company: tenant.companyName })
        : t('help.greetingGuest'),
    facts,
    commandsHeading: t('help.commandsHeading'),
    commands: commandsAvailableTo(user).map((command) => ({
      key: command.key,
      name: t(`commands.${command.key}.name`),
      description: t(`commands.${command.key}.description`),
    })),
    note: accessNote(caller, globalAdmins, t),
  };
}

function accessNote(caller: Caller, globalAdmins: readonly UserDoc[], t: Translate): string {
  if (!caller.tenant) return t('access.unknownTenant');
  if (!caller.user) {
    return globalAdmins.length > 0
      ? t('access.notInRoster', { admins: peopleList(globalAdmins, t) })
      : t('access.notInRosterNoAdmin');
  }
  if (caller.user.accountType === 'cspOnly') return t('access.cspOnly');
  if (!caller.user.roles.includes('globalAdmin')) return t('help.assignNote', { admins: peopleList(globalAdmins, t) });
  return '';
}
