import type { Fact, TechnicalBenefitCardData, TechnicalCardData, TextField } from './technical';
import type { UserDoc } from '../../bot/domain/documents';
import { EMAIL_INPUT_PATTERN } from '../../bot/domain/email';
import type { TechnicalEntitlement } from '../../bot/domain/entitlements';
import { visibleSupportIds } from '../../bot/domain/technicalAccess';
import type { Locale, Translate } from '../../bot/i18n';
import { REQUEST_FORM_KINDS, TECHNICAL_INPUT_LIMITS } from '../../bot/domain/benefit';
import type { TechnicalBenefitDoc, TechnicalOverview } from '../../bot/services/technicalBenefits';
import { peoplePickerData, withNameHint } from '../shared/peoplePickerData';
import { formatDate, formatList } from '../shared/formatting';
import { benefitInputId } from './benefitFormInputs';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import { linkTo } from '../shared/links';

/** The card stops at the lengths the use cases take; an email address is at most 254 characters long. */
const FIELD_LIMITS = { ...TECHNICAL_INPUT_LIMITS, email: 254 } as const;

/** A form sent from the card that did nothing: what was typed in it, and why it was not taken. */
export interface SentForm {
  benefitId: string;
  values: Record<string, unknown>;
  /** The reason; also next to `field` when it concerns one field. */
  problem: string;
  field?: string;
}

/** The person named in "assign technical support to Zoe": chosen in each assign form that can offer them. */
export type ChosenAssignee = Pick<UserDoc, 'aadObjectId' | 'displayName'>;

/** The company's technical benefits, its entitlement, the IDs once active, and the forms the reader may use. */
export function technicalCardData(
  view: TechnicalOverview,
  t: Translate,
  locale: Locale,
  sent?: SentForm,
  chosen?: ChosenAssignee,
): TechnicalCardData {
  const pickersOnCard = view.mayAssign ? view.benefits.filter(assignable).length : 0;
  const benefits = view.benefits.map((benefit) =>
    benefitCardData(benefit, view, pickersOnCard, t, locale, sent?.benefitId === benefit.benefitId ? sent : undefined, chosen?.aadObjectId),
  );
  const chosenSomewhere = benefits.some((benefit) => benefit.assign.visible && benefit.assign.person.people.value === chosen?.aadObjectId);
  const notes = [
    ...(view.mayActivate ? [] : [t('technical.activateNote', { holders: formatList(view.activators, t) })]),
    ...(view.mayAssign ? [] : [t('technical.assignNote', { holders: formatList(view.assigners, t) })]),
  ];
  return {
    links: [linkTo('partnerCenterTechnicalBenefits', t), linkTo('supportForBusiness', t)],
    title: t('technical.title', { company: view.companyName }),
    // The forms open folded, so the reason is also at the top, where it is seen.
    error: sent?.problem ?? '',
    notice: !chosen
      ? ''
      : chosenSomewhere
        ? t('technical.byName.chosen', { person: escapeMarkdown(chosen.displayName), button: t('technical.assign.button') })
        : t('technical.byName.nowhere', { person: escapeMarkdown(chosen.displayName) }),
    entitlementHeading: t('technical.entitlementHeading'),
    entitlement: entitlementFacts(view.entitlement, t),
    entitlementNote: t('technical.entitlement.note'),
    benefits,
    emptyText: benefits.length === 0 ? t('technical.noBenefits') : '',
    idsNote: view.benefits.some((benefit) => visibleSupportIds(benefit)) ? t('technical.idsNote') : '',
    notes: notes.map((text) => ({ text })),
  };
}

/** The 004 table's row values for the company's level; 0 cloud incidents is Action Pack's "none". */
export function entitlementFacts(entitlement: TechnicalEntitlement, t: Translate): Fact[] {
  const incidents = (count: number | 'unlimited') =>
    count === 'unlimited'
      ? t('technical.entitlement.unlimited')
      : count === 0
        ? t('technical.entitlement.none')
        : t('technical.entitlement.incidents', { number: count });
  return [
    { label: t('technical.entitlement.onPremises'), value: incidents(entitlement.onPremisesIncidents) },
    { label: t('technical.entitlement.cloud'), value: incidents(entitlement.signatureCloudIncidents) },
  ];
}

/** A benefit that can go to one more person. */
function assignable(benefit: TechnicalBenefitDoc): boolean {
  const live = benefit.status === 'available' || benefit.status === 'activationPending' || benefit.status === 'active';
  return live && benefit.assignments.length < benefit.quantity;
}

function benefitCardData(
  benefit: TechnicalBenefitDoc,
  view: TechnicalOverview,
  pickersOnCard: number,
  t: Translate,
  locale: Locale,
  sent: SentForm | undefined,
  chosen: string | undefined,
): TechnicalBenefitCardData {
  const holders = new Set(benefit.assignments.map((assignment) => assignment.assignee));
  const typed = (name: string) => sent?.values[name];
  const selected = typed('assignee') ?? chosen;
  const picker = peoplePickerData(view.roster, { dataset: 'assignees', pickersOnCard, exclude: holders, selected }, t);
  const others = withNameHint(picker, t('technical.byName.hint'));
  const field = (name: string, key: string, maxLength: number, placeholder = ''): TextField => ({
    id: benefitInputId(name, benefit.benefitId),
    value: typeof typed(name) === 'string' ? String(typed(name)).slice(0, maxLength) : '',
    label: t(`${key}Label`),
    placeholder,
    error: t(`${key}Error`),
    problem: sent?.field === name ? sent.problem : '',
    maxLength,
  });

  const activate = { visible: view.mayActivate && benefit.status === 'available', button: t('technical.activateButton') };
  const recordIds = {
    visible: view.mayActivate && (benefit.status === 'activationPending' || benefit.status === 'active'),
    button: t('technical.recordIds.button'),
    accessId: field('accessId', 'technical.recordIds.accessId', FIELD_LIMITS.supportId),
    contractId: field('contractId', 'technical.recordIds.contractId', FIELD_LIMITS.supportId),
    submit: t('technical.recordIds.submit'),
  };
  const assign = {
    visible: view.mayAssign && assignable(benefit) && others.available > 0,
    button: t('technical.assign.button'),
    person: {
      id: benefitInputId('assignee', benefit.benefitId),
      label: t('technical.assign.personLabel'),
      placeholder: t('technical.assign.personPlaceholder'),
      error: t('technical.assign.personError'),
      people: others,
    },
    email: field('alternateEmail', 'technical.assign.email', FIELD_LIMITS.email, t('technical.assign.emailPlaceholder')),
    emailPattern: EMAIL_INPUT_PATTERN,
    note: t('technical.assign.note', { accountEmail: view.accountEmail }),
    submit: t('technical.assign.submit'),
  };
  const request = {
    visible: REQUEST_FORM_KINDS.includes(benefit.kind) && benefit.status === 'active',
    button: t('technical.request.button'),
    topic: field('topic', 'technical.request.topic', FIELD_LIMITS.topic),
    description: field('description', 'technical.request.description', FIELD_LIMITS.description),
    submit: t('technical.request.submit'),
  };
  return {
    benefitId: benefit.benefitId,
    name: escapeMarkdown(benefit.name),
    kind: t(`technical.kinds.${benefit.kind}`),
    facts: benefitFacts(benefit, view.roster, t, locale),
    hasActions: activate.visible || recordIds.visible || assign.visible || request.visible,
    activate,
    recordIds,
    assign,
    request,
  };
}

function benefitFacts(benefit: TechnicalBenefitDoc, roster: readonly UserDoc[], t: Translate, locale: Locale): Fact[] {
  const nameOf = (aadObjectId: string) => roster.find((user) => user.aadObjectId === aadObjectId)?.displayName ?? aadObjectId;
  const ids = visibleSupportIds(benefit);
  const facts: Fact[] = [{ label: t('technical.facts.status'), value: t(`technical.status.${benefit.status}`) }];
  if (benefit.activationDate) {
    const label = benefit.status === 'activationPending' ? t('technical.facts.activationRequested') : t('technical.facts.activationDate');
    facts.push({ label, value: formatDate(benefit.activationDate, locale) });
  }
  if (benefit.expiryDate) facts.push({ label: t('technical.facts.expires'), value: formatDate(benefit.expiryDate, locale) });
  facts.push({
    label: t('technical.facts.seats'),
    value: t('technical.seats', { used: benefit.assignments.length, total: benefit.quantity }),
  });
  if (benefit.assignments.length > 0) {
    const names = benefit.assignments.map((assignment) => escapeMarkdown(nameOf(assignment.assignee)));
    facts.push({ label: t('technical.facts.assignedTo'), value: formatList(names, t) });
  }
  if (ids) {
    facts.push({ label: t('technical.facts.accessId'), value: escapeMarkdown(ids.accessId) });
    facts.push({ label: t('technical.facts.contractId'), value: escapeMarkdown(ids.contractId) });
  }
  return facts;
}
