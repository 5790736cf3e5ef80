import type { NotificationCardData } from './notification';
import type { OutboxDoc } from '../../bot/domain/documents';
import type { Locale, Translate } from '../../bot/i18n';
import { formatDate } from '../shared/formatting';
import { escapeMarkdown } from '../../bot/i18n/markdown';

type Facts = OutboxDoc['payload'];
type Fact = NotificationCardData['facts'][number];

const text = (facts: Facts, name: string): string => {
  const value = facts[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** The card a notification becomes, in the recipient's language, from the facts recorded with the event. */
export function notificationCardData(notification: Pick<OutboxDoc, 'event' | 'payload'>, t: Translate, locale: Locale): NotificationCardData {
  const facts = notification.payload;
  const date = (name: string) => (text(facts, name) ? formatDate(text(facts, name), locale) : '');
  const fact = (label: string, value: string): Fact[] => (value ? [{ label: t(`notifications.facts.${label}`), value }] : []);
  /** A value of the payload as someone entered it (an ID, an offer type), shown as written. */
  const entered = (name: string) => escapeMarkdown(text(facts, name));
  const button = (command: string) => ({ title: t(`notifications.buttons.${command}`), command });
  const benefit = text(facts, 'benefit');

  switch (notification.event) {
    case 'offerActive':
      return {
        title: t('notifications.offerActive.title', { benefit }),
        text: t('notifications.offerActive.text'),
        facts: [
          ...fact('offerTypes', Array.isArray(facts.offerTypes) ? facts.offerTypes.filter((type): type is string => typeof type === 'string').map((type) => escapeMarkdown(type)).join(', ') : ''),
          ...fact('activeSince', date('activationDate')),
          ...fact('expires', date('expiryDate')),
        ],
        button: button('offers'),
      };
    case 'technicalActive':
      return {
        title: t('notifications.technicalActive.title', { benefit }),
        text: t('notifications.technicalActive.text'),
        facts: [
          ...fact('accessId', entered('accessId')),
          ...fact('contractId', entered('contractId')),
          ...fact('activeSince', date('activationDate')),
        ],
        button: button('technical'),
      };
    case 'expiry': {
      const expired = facts.stage === 'expired';
      const when = { benefit, date: date('expiryDate') };
      return {
        title: t(expired ? 'notifications.expiry.expiredTitle' : 'notifications.expiry.title', when),
        text: t(expired ? 'notifications.expiry.expiredText' : 'notifications.expiry.text', when),
        facts: expired ? [] : fact('daysLeft', text(facts, 'daysLeft')),
        button: button(facts.category === 'goToMarket' ? 'offers' : facts.category === 'technical' ? 'technical' : 'benefits'),
      };
    }
    case 'actionPackRenewal':
      return {
        title: t('notifications.actionPackRenewal.title', { date: date('renewalDate') }),
        text: t(facts.autoRenew === true ? 'notifications.actionPackRenewal.autoRenewOn' : 'notifications.actionPackRenewal.autoRenewOff'),
        facts: [
          ...fact('daysLeft', text(facts, 'daysLeft')),
          ...fact('autoRenew', t(facts.autoRenew === true ? 'notifications.facts.on' : 'notifications.facts.off')),
        ],
        button: button('actionPack'),
      };
    case 'requestStatus': {
      const status = t(`notifications.statuses.${text(facts, 'status')}`);
      return {
        title: t('notifications.requestStatus.title', { requestId: text(facts, 'requestId'), status }),
        text: t('notifications.requestStatus.text', { kind: t(`notifications.requestKinds.${text(facts, 'requestKind')}`) }),
        facts: [...fact('request', entered('requestId')), ...fact('status', status)],
        button: button('requests'),
      };
    }
    default:
      throw new Error(`No card for notifications of kind ${notification.event}`);
  }
}
