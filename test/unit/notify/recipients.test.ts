import { strict as assert } from 'node:assert';
import { NotificationSettings, type MarketingContactDoc, type UserDoc } from '../../../bot/domain/documents';
import type { NotificationEvent, TenantState } from '../../../bot/notify/dueEvents';
import { deliveriesFor } from '../../../bot/notify/recipients';
import { demoCompany } from '../../support/cards/samples/demoCompany';

const company = demoCompany();
const alex = company.withRole('globalAdmin'); // en
const megan = company.withRole('mpnPartnerAdmin'); // de
const adele = company.find('an employee', (user) => user.displayName === 'Adele Vance'); // nl
const cspAdmin: UserDoc = { ...alex, aadObjectId: 'csp-admin', displayName: 'CSP admin', accountType: 'cspOnly' };
const noLocale: UserDoc = { ...adele, aadObjectId: 'no-locale', locale: undefined };

function contact(aadObjectId: string, preferredLanguage: string): MarketingContactDoc {
  return { id: 'marketingContact', tenantId: company.tenant.tenantId, type: 'marketingContact', aadObjectId, email: 'm@x.example', phoneE164: '+4930123456', preferredLanguage };
}
function state(marketingContact?: MarketingContactDoc, defaultLocale: TenantState['profile']['defaultLocale'] = 'zh-CN'): TenantState {
  return {
    profile: { ...company.tenant, defaultLocale },
    roster: [...company.users, cspAdmin, noLocale],
    benefits: [],
    requests: [],
    marketingContact,
    settings: NotificationSettings.parse({}),
  };
}
const event = (audience: NotificationEvent['audience']): NotificationEvent => ({ id: 'e', kind: 'offerActive', facts: {}, audience });
const asMap = (deliveries: { recipient: string; locale: string }[]) => Object.fromEntries(deliveries.map((d) => [d.recipient, d.locale]));

describe('notify/recipients', () => {
  it('sends admin news to the Global admins and MPN partner admins who can act, in their own languages', () => {
    const deliveries = deliveriesFor(event({ admins: true, marketingContact: false, people: [] }), state());
    assert.deepEqual(asMap(deliveries), { [alex.aadObjectId]: 'en', [megan.aadObjectId]: 'de' });
  });

  it('adds the marketing contact in their preferred language, once even when they are an admin', () => {
    const outsider = deliveriesFor(event({ admins: true, marketingContact: true, people: [] }), state(contact(adele.aadObjectId, 'zh-CN')));
    assert.deepEqual(asMap(outsider), { [alex.aadObjectId]: 'en', [megan.aadObjectId]: 'de', [adele.aadObjectId]: 'zh-CN' });
    const admin = deliveriesFor(event({ admins: true, marketingContact: true, people: [] }), state(contact(megan.aadObjectId, 'nl-BE')));
    assert.deepEqual(asMap(admin), { [alex.aadObjectId]: 'en', [megan.aadObjectId]: 'nl' });
  });

  it('falls back to the roster’s locale for a preferred language we do not speak, then to the company’s', () => {
    assert.deepEqual(asMap(deliveriesFor(event({ admins: false, marketingContact: true, people: [] }), state(contact(adele.aadObjectId, 'fr')))), {
      [adele.aadObjectId]: 'nl',
    });
    assert.deepEqual(asMap(deliveriesFor(event({ admins: false, marketingContact: false, people: ['no-locale', 'left-the-company'] }), state(undefined, 'de'))), {
      'no-locale': 'de',
      'left-the-company': 'de',
    });
  });

  it('speaks to a person in the language they chose with the language command, before any other', () => {
    const chosen = { ...state(contact(megan.aadObjectId, 'nl-BE')), chosenLocales: new Map([[megan.aadObjectId, 'zh-CN' as const], [alex.aadObjectId, 'de' as const]]) };
    assert.deepEqual(asMap(deliveriesFor(event({ admins: true, marketingContact: true, people: [] }), chosen)), {
      [alex.aadObjectId]: 'de',
      [megan.aadObjectId]: 'zh-CN',
    });
  });

  it('has no marketing contact to tell before one is registered', () => {
    assert.deepEqual(deliveriesFor(event({ admins: false, marketingContact: true, people: [] }), state()), []);
  });
});
