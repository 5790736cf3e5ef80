import type { VisualStudioCardData } from './visualStudio';
import type { BenefitDoc, UserDoc } from '../../bot/domain/documents';
import { canReassign, reassignAllowedFrom } from '../../bot/domain/reassign';
import type { Locale, Translate } from '../../bot/i18n';
import { peoplePickerData, withNameHint } from '../shared/peoplePickerData';
import { formatDate } from '../shared/formatting';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import { linkTo } from '../shared/links';

export interface VisualStudioView {
  benefit: BenefitDoc;
  /** The company's people, to name the holders and, for a caller who may assign, to choose from. */
  people: readonly UserDoc[];
  mayAssign: boolean;
  /** Shown when the caller may not assign: who can. */
  globalAdmins: readonly string[];
  now: Date;
  /** What the last action on the card did, or why it did nothing; empty otherwise. */
  notice?: string;
  error?: string;
  /** The people picked on the card when its action was refused, shown as chosen again. */
  picked?: PickedPeople;
}

export interface PickedPeople {
  assignee?: unknown;
  from?: unknown;
  to?: unknown;
}

/** One subscription: who holds it since when, and, for a Global admin, the assign and reassign controls. */
export function visualStudioCardData(view: VisualStudioView, t: Translate, locale: Locale): VisualStudioCardData {
  const { benefit, people, mayAssign, now } = view;
  const nameOf = (aadObjectId: string) =>
    people.find((user) => user.aadObjectId === aadObjectId)?.displayName ?? aadObjectId;
  const holderIds = new Set(benefit.assignments.map((assignment) => assignment.assignee));
  const freeSeats = benefit.quantity - benefit.assignments.length;
  // The assign and the reassign form each have a picker of the same people.
  const pickerOf = (selected: unknown) =>
    peoplePickerData(mayAssign ? people : [], { dataset: 'assignees', pickersOnCard: 2, exclude: holderIds, selected }, t);
  const others = pickerOf(view.picked?.assignee);
  const reassignTo = pickerOf(view.picked?.to);
  const pickedFrom = view.picked?.from;

  return {
    links: [linkTo('visualStudioSubscriptions', t)],
    benefitId: benefit.benefitId,
    title: escapeMarkdown(benefit.name),
    seats: t('visualStudio.seats', { used: benefit.assignments.length, total: benefit.quantity }),
    notice: view.notice ?? '',
    error: view.error ?? '',
    holdersHeading: t('visualStudio.holdersHeading'),
    holders: benefit.assignments.map((assignment) => ({
      name: escapeMarkdown(nameOf(assignment.assignee)),
      detail: canReassign(assignment.assignedAt, now)
        ? t('visualStudio.holderReassignable', { since: formatDate(assignment.assignedAt, locale) })
        : t('visualStudio.holderDetail', {
            since: formatDate(assignment.assignedAt, locale),
            reassignFrom: formatDate(reassignAllowedFrom(assignment.assignedAt), locale),
          }),
    })),
    assign: {
      visible: mayAssign && freeSeats > 0 && others.available > 0,
      heading: t('visualStudio.assignHeading'),
      personLabel: t('visualStudio.personLabel'),
      personPlaceholder: t('visualStudio.personPlaceholder'),
      personError: t('visualStudio.personError'),
      // Without type-ahead search (the Agents Playground) a large company's people are named in a command instead.
      people: withNameHint(others, t('visualStudio.byName.hint')),
      button: t('visualStudio.assignButton'),
    },
    reassign: {
      visible: mayAssign && benefit.assignments.length > 0 && others.available > 0,
      heading: t('visualStudio.reassignHeading'),
      note: t('visualStudio.reassignNote'),
      fromLabel: t('visualStudio.fromLabel'),
      fromError: t('visualStudio.fromError'),
      holders: benefit.assignments.map((assignment) => ({ title: nameOf(assignment.assignee), value: assignment.assignee })),
      from: typeof pickedFrom === 'string' && holderIds.has(pickedFrom) ? pickedFrom : '',
      toLabel: t('visualStudio.toLabel'),
      toError: t('visualStudio.toError'),
      personPlaceholder: t('visualStudio.personPlaceholder'),
      people: reassignTo,
      button: t('visualStudio.reassignButton'),
    },
    note: !mayAssign
      ? t('visualStudio.onlyGlobalAdmin', { holders: view.globalAdmins.join(t('roles.separator')) || t('help.nobody') })
      : freeSeats <= 0
        ? t('visualStudio.noSeatsLeft')
        : '',
  };
}
