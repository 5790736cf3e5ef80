import { actionPackRenewalDate } from '../domain/actionPack';
import { addDays, daysFromTo, todayUtc } from '../domain/dates';
import type { Locale } from '../domain/locale';
import type {
  BenefitDoc,
  MarketingContactDoc,
  NotificationEventKind,
  NotificationSettings,
  RequestDoc,
  TenantDoc,
  UserDoc,
} from '../domain/documents';

/** What the scheduler reads of one company to find the notifications that are due. */
export interface TenantState {
  profile: TenantDoc;
  roster: readonly UserDoc[];
  benefits: readonly BenefitDoc[];
  requests: readonly RequestDoc[];
  marketingContact?: MarketingContactDoc;
  settings: NotificationSettings;
  /** The language each person chose to be answered in, by Entra object id. */
  chosenLocales?: ReadonlyMap<string, Locale>;
}

export type EventFacts = Record<string, string | number | boolean | string[]>;

/** Who hears about an event: the admins, the marketing contact, and named people. */
export interface Audience {
  admins: boolean;
  marketingContact: boolean;
  people: readonly string[];
}

/**
 * Something people should hear about, named by what happened: the same state gives the same id on every pass and
 * every instance, so it is notified once.
 */
export interface NotificationEvent {
  id: string;
  kind: NotificationEventKind;
  facts: EventFacts;
  audience: Audience;
  /**
   * The last day on which the state can call for this event; undefined when any day can. Its outbox document is what
   * keeps it from being sent again, so a finished one is kept at least until then.
   */
  dueUntil?: string;
}

/**
 * Activations and expiries older than this are history, not news: a company imported today is not told about an
 * offer that became active months ago.
 */
export const NEWS_WINDOW_DAYS = 14;
/** Status changes of requests filed longer ago than this are not announced. */
export const REQUEST_NEWS_WINDOW_DAYS = 90;

const nobody: Audience = { admins: false, marketingContact: false, people: [] };

/** Every notification the company's current state calls for, whether or not it was sent before. */
export function dueEvents(state: TenantState, now: Date): NotificationEvent[] {
  const disabled = new Set(state.settings.disabledEvents);
  const events = [
    ...state.benefits.flatMap((benefit) => [...activationEvents(benefit, now), ...expiryEvents(benefit, state.settings, now)]),
    ...renewalEvents(state.profile, state.settings, now),
    ...state.requests.flatMap((request) => requestEvents(request, now)),
  ];
  return events.filter((event) => !disabled.has(event.kind));
}

function isRecent(date: string | undefined, now: Date, windowDays: number): boolean {
  if (date === undefined) return true;
  const age = daysFromTo(date, todayUtc(now));
  return age >= 0 && age <= windowDays;
}

function activationEvents(benefit: BenefitDoc, now: Date): NotificationEvent[] {
  if (benefit.status !== 'active' || !isRecent(benefit.activationDate, now, NEWS_WINDOW_DAYS)) return [];
  const id = `${benefit.benefitId}:${benefit.activationDate ?? 'undated'}`;
  const common = { benefitId: benefit.benefitId, benefit: benefit.name, ...dates(benefit) };
  const dueUntil = benefit.activationDate === undefined ? undefined : addDays(benefit.activationDate, NEWS_WINDOW_DAYS);
  if (benefit.category === 'goToMarket') {
    return [
      {
        id: `offerActive:${id}`,
        kind: 'offerActive',
        facts: { ...common, offerTypes: benefit.offerTypes },
        audience: { ...nobody, admins: true, marketingContact: true },
        dueUntil,
      },
    ];
  }
  if (benefit.category === 'technical') {
    const access = {
      ...(benefit.accessId ? { accessId: benefit.accessId } : {}),
      ...(benefit.contractId ? { contractId: benefit.contractId } : {}),
    };
    return [
      { id: `technicalActive:${id}`, kind: 'technicalActive', facts: { ...common, ...access }, audience: { ...nobody, admins: true }, dueUntil },
    ];
  }
  return [];
}

function dates(benefit: BenefitDoc): EventFacts {
  return {
    ...(benefit.activationDate ? { activationDate: benefit.activationDate } : {}),
    ...(benefit.expiryDate ? { expiryDate: benefit.expiryDate } : {}),
  };
}

/**
 * The lead time whose notice is due `daysLeft` days ahead: the shortest one not shorter than what is left, so a
 * benefit first seen 5 days before it expires gets the 7-day notice and not also the 30-day one.
 */
export function dueLeadTime(daysLeft: number, leadDays: readonly number[]): number | undefined {
  if (daysLeft < 0) return undefined;
  const candidates = leadDays.filter((lead) => daysLeft <= lead);
  return candidates.length === 0 ? undefined : Math.min(...candidates);
}

function expiryEvents(benefit: BenefitDoc, settings: NotificationSettings, now: Date): NotificationEvent[] {
  if (benefit.expiryDate === undefined || benefit.status === 'cancelled') return [];
  const daysLeft = daysFromTo(todayUtc(now), benefit.expiryDate);
  const stage = daysLeft < 0 ? (isRecent(benefit.expiryDate, now, NEWS_WINDOW_DAYS) ? 'expired' : undefined) : leadStage(daysLeft, settings.expiryLeadDays);
  if (stage === undefined) return [];
  return [
    {
      id: `expiry:${benefit.benefitId}:${benefit.expiryDate}:${stage}`,
      kind: 'expiry',
      facts: { benefitId: benefit.benefitId, benefit: benefit.name, category: benefit.category, expiryDate: benefit.expiryDate, daysLeft, stage },
      audience: { ...nobody, admins: true, people: benefit.assignments.map((assignment) => assignment.assignee) },
      dueUntil: addDays(benefit.expiryDate, NEWS_WINDOW_DAYS),
    },
  ];
}

function leadStage(daysLeft: number, leadDays: readonly number[]): string | undefined {
  const lead = dueLeadTime(daysLeft, leadDays);
  return lead === undefined ? undefined : `${lead}d`;
}

function renewalEvents(profile: TenantDoc, settings: NotificationSettings, now: Date): NotificationEvent[] {
  const actionPack = profile.membership.actionPack;
  if (!actionPack) return [];
  const renewalDate = actionPackRenewalDate(actionPack.purchaseDate, actionPack.lastRenewalDate, now);
  const daysLeft = daysFromTo(todayUtc(now), renewalDate);
  const stage = leadStage(daysLeft, settings.renewalLeadDays);
  if (stage === undefined) return [];
  return [
    {
      id: `actionPackRenewal:${renewalDate}:${stage}`,
      kind: 'actionPackRenewal',
      facts: { renewalDate, autoRenew: actionPack.autoRenew, daysLeft, stage },
      audience: { ...nobody, admins: true },
      dueUntil: renewalDate,
    },
  ];
}

function requestEvents(request: RequestDoc, now: Date): NotificationEvent[] {
  // Filing a request is answered in the conversation that filed it; only what happens afterwards is news.
  if (request.status === 'open' || !isRecent(request.createdAt, now, REQUEST_NEWS_WINDOW_DAYS)) return [];
  return [
    {
      id: `requestStatus:${request.requestId}:${request.status}`,
      kind: 'requestStatus',
      facts: {
        requestId: request.requestId,
        requestKind: request.kind,
        status: request.status,
        ...(request.benefitId ? { benefitId: request.benefitId } : {}),
      },
      audience: { ...nobody, people: [request.createdBy] },
      dueUntil: addDays(request.createdAt.slice(0, 10), REQUEST_NEWS_WINDOW_DAYS),
    },
  ];
}
