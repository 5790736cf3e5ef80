import { strict as assert } from 'node:assert';
import { addDays } from '../../../bot/domain/dates';
import { NotificationSettings, type BenefitDoc, type RequestDoc, type TenantDoc } from '../../../bot/domain/documents';
import { dueEvents, dueLeadTime, type TenantState } from '../../../bot/notify/dueEvents';
import { demoCompany } from '../../support/cards/samples/demoCompany';

const company = demoCompany();
const vs = company.benefits.find((benefit) => benefit.benefitId === 'vs-professional')!;
const offer = company.benefits.find((benefit) => benefit.benefitId === 'gtm-silver-core')!;
const technical = company.benefits.find((benefit) => benefit.benefitId === 'technical-signature-cloud-support')!;

function state(parts: Partial<TenantState> = {}): TenantState {
  return {
    profile: { ...company.tenant, membership: { ...company.tenant.membership, actionPack: undefined } },
    roster: company.users,
    benefits: [],
    requests: [],
    settings: NotificationSettings.parse({}),
    ...parts,
  };
}
const at = (day: string) => new Date(`${day}T12:00:00Z`);
const ids = (events: { id: string }[]) => events.map((event) => event.id);

describe('notify/dueEvents', () => {
  describe('expiry notices (demo subscription expires on 2027-01-14)', () => {
    const only = (day: string, settings?: Partial<NotificationSettings>) =>
      ids(dueEvents(state({ benefits: [vs], settings: NotificationSettings.parse(settings ?? {}) }), at(day)));
    const cases: [string, string[]][] = [
      ['2026-12-14', []],
      ['2026-12-15', ['expiry:vs-professional:2027-01-14:30d']],
      ['2027-01-06', ['expiry:vs-professional:2027-01-14:30d']],
      ['2027-01-07', ['expiry:vs-professional:2027-01-14:7d']],
      ['2027-01-12', ['expiry:vs-professional:2027-01-14:7d']],
      ['2027-01-13', ['expiry:vs-professional:2027-01-14:1d']],
      ['2027-01-14', ['expiry:vs-professional:2027-01-14:1d']],
      ['2027-01-15', ['expiry:vs-professional:2027-01-14:expired']],
      ['2027-01-28', ['expiry:vs-professional:2027-01-14:expired']],
      ['2027-01-29', []],
    ];
    for (const [day, expected] of cases) {
      it(`on ${day}: ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(only(day), expected));
    }

    it('goes to the admins and the people it is assigned to', () => {
      const [event] = dueEvents(state({ benefits: [vs] }), at('2026-12-15'));
      assert.deepEqual(event.audience, { admins: true, marketingContact: false, people: vs.assignments.map((a) => a.assignee) });
    });

    it('follows the company’s lead times', () => {
      assert.deepEqual(only('2026-11-25', { expiryLeadDays: [60, 14] }), ['expiry:vs-professional:2027-01-14:60d']);
      assert.deepEqual(only('2026-12-15', { expiryLeadDays: [60, 14] }), ['expiry:vs-professional:2027-01-14:60d']);
      assert.deepEqual(only('2027-01-01', { expiryLeadDays: [60, 14] }), ['expiry:vs-professional:2027-01-14:14d']);
    });

    it('says nothing about a cancelled benefit, nor when expiry notices are turned off', () => {
      assert.deepEqual(ids(dueEvents(state({ benefits: [{ ...vs, status: 'cancelled' }] }), at('2027-01-07'))), []);
      assert.deepEqual(only('2027-01-07', { disabledEvents: ['expiry'] }), []);
    });
  });

  describe('dueLeadTime', () => {
    it('is the shortest lead time not shorter than what is left', () => {
      assert.equal(dueLeadTime(31, [30, 7, 1]), undefined);
      assert.equal(dueLeadTime(30, [30, 7, 1]), 30);
      assert.equal(dueLeadTime(8, [30, 7, 1]), 30);
      assert.equal(dueLeadTime(7, [1, 30, 7]), 7);
      assert.equal(dueLeadTime(0, [30, 7, 1]), 1);
      assert.equal(dueLeadTime(-1, [30, 7, 1]), undefined);
    });
  });

  describe('activations', () => {
    const active = (benefit: BenefitDoc, activationDate: string | undefined) =>
      ({ ...benefit, status: 'active', activationDate }) as BenefitDoc;

    it('announces a go-to-market offer that became active to the admins and the marketing contact', () => {
      const events = dueEvents(state({ benefits: [active(offer, '2026-11-21')] }), at('2026-11-21'));
      assert.deepEqual(ids(events), ['offerActive:gtm-silver-core:2026-11-21']);
      assert.deepEqual(events[0].audience, { admins: true, marketingContact: true, people: [] });
      assert.deepEqual(events[0].facts.offerTypes, ['Silver Core']);
    });

    it('announces a technical benefit with its Access ID and Contract ID to the admins', () => {
      const events = dueEvents(state({ benefits: [active(technical, '2026-11-20')] }), at('2026-11-21'));
      assert.deepEqual(ids(events), ['technicalActive:technical-signature-cloud-support:2026-11-20']);
      assert.equal(events[0].facts.accessId, 'DEMO-ACCESS-4F7A21');
      assert.equal(events[0].facts.contractId, 'DEMO-CONTRACT-88310');
      assert.deepEqual(events[0].audience, { admins: true, marketingContact: false, people: [] });
    });

    it('treats an activation older than 14 days as history, and an undated one as news', () => {
      assert.deepEqual(ids(dueEvents(state({ benefits: [active(offer, '2026-11-07')] }), at('2026-11-21'))), ['offerActive:gtm-silver-core:2026-11-07']);
      assert.deepEqual(ids(dueEvents(state({ benefits: [active(offer, '2026-11-06')] }), at('2026-11-21'))), []);
      assert.deepEqual(ids(dueEvents(state({ benefits: [active(offer, undefined)] }), at('2026-11-21'))), ['offerActive:gtm-silver-core:undated']);
    });

    it('says nothing about an offer that is only available or pending', () => {
      assert.deepEqual(ids(dueEvents(state({ benefits: [offer, { ...offer, status: 'activationPending' }] }), at('2026-11-21'))), []);
    });
  });

  describe('Action Pack renewal (bought 2026-01-15, renews every 15 January)', () => {
    const withPack = (autoRenew: boolean): TenantDoc => ({
      ...company.tenant,
      membership: {
        ...company.tenant.membership,
        actionPack: autoRenew ? { purchaseDate: '2026-01-15', autoRenew } : { purchaseDate: '2026-01-15', autoRenew, autoRenewOffSince: '2026-06-01' },
      },
    });
    const cases: [string, string[]][] = [
      ['2026-12-15', []],
      ['2026-12-16', ['actionPackRenewal:2027-01-15:30d']],
      ['2027-01-07', ['actionPackRenewal:2027-01-15:30d']],
      ['2027-01-08', ['actionPackRenewal:2027-01-15:7d']],
      ['2027-01-15', ['actionPackRenewal:2027-01-15:7d']],
      ['2027-01-16', []],
    ];
    for (const [day, expected] of cases) {
      it(`on ${day}: ${expected.join(', ') || 'nothing'}`, () => {
        assert.deepEqual(ids(dueEvents(state({ profile: withPack(true) }), at(day))), expected);
      });
    }

    it('tells the admins whether automatic renewal is on', () => {
      const [on] = dueEvents(state({ profile: withPack(true) }), at('2026-12-20'));
      const [off] = dueEvents(state({ profile: withPack(false) }), at('2026-12-20'));
      assert.equal(on.facts.autoRenew, true);
      assert.equal(off.facts.autoRenew, false);
      assert.deepEqual(on.audience, { admins: true, marketingContact: false, people: [] });
    });
  });

  describe('request status', () => {
    const request = (status: RequestDoc['status'], createdAt = '2026-11-20T10:00:00Z'): RequestDoc => ({
      id: 'request:REQ-1',
      tenantId: company.tenant.tenantId,
      type: 'request',
      requestId: 'REQ-1',
      kind: 'cancellation',
      status,
      category: 'partnerInvoicePaymentReconciliation',
      reason: 'bought by mistake',
      createdAt,
      createdBy: 'requester',
    });

    it('tells the requester each new status, once per status', () => {
      const events = dueEvents(state({ requests: [request('inProgress')] }), at('2026-11-21'));
      assert.deepEqual(ids(events), ['requestStatus:REQ-1:inProgress']);
      assert.deepEqual(events[0].audience, { admins: false, marketingContact: false, people: ['requester'] });
      assert.deepEqual(ids(dueEvents(state({ requests: [request('resolved')] }), at('2026-11-21'))), ['requestStatus:REQ-1:resolved']);
    });

    it('does not announce a request just filed, nor one filed more than 90 days ago', () => {
      assert.deepEqual(ids(dueEvents(state({ requests: [request('open')] }), at('2026-11-21'))), []);
      assert.deepEqual(ids(dueEvents(state({ requests: [request('resolved', '2026-08-22T10:00:00Z')] }), at('2026-11-21'))), []);
    });
  });

  describe('the last day each event can be due (its outbox document is kept until then)', () => {
    const resolved: RequestDoc = {
      id: 'request:REQ-2',
      tenantId: company.tenant.tenantId,
      type: 'request',
      requestId: 'REQ-2',
      kind: 'supportRequest',
      status: 'resolved',
      category: 'other',
      reason: 'help',
      createdAt: '2026-12-08T10:00:00Z',
      createdBy: 'requester',
    };
    const cases: [string, TenantState, string][] = [
      ['an expiry notice', state({ benefits: [vs] }), '2026-12-15'],
      ['an expired notice', state({ benefits: [vs] }), '2027-01-20'],
      ['an offer that became active', state({ benefits: [{ ...offer, status: 'active', activationDate: '2026-12-01', expiryDate: '2027-12-01' }] }), '2026-12-05'],
      ['an Action Pack renewal', state({ profile: company.tenant }), '2026-12-20'],
      ['a request status change', state({ requests: [resolved] }), '2026-12-10'],
    ];
    for (const [what, tenantState, day] of cases) {
      it(`${what}: due up to that day, and on no day after it`, () => {
        const events = dueEvents(tenantState, at(day));
        assert.ok(events.length > 0, `something is due on ${day}`);
        for (const event of events) {
          assert.ok(event.dueUntil && event.dueUntil >= day, `${event.id} until ${event.dueUntil}`);
          for (let after = 1; after <= 120; after++) {
            const later = addDays(event.dueUntil, after);
            assert.ok(!ids(dueEvents(tenantState, at(later))).includes(event.id), `${event.id} due again on ${later}`);
          }
        }
      });
    }

    it('none for an activation without a date: any day can call for it', () => {
      const [event] = dueEvents(state({ benefits: [{ ...offer, status: 'active', activationDate: undefined }] }), at('2026-12-05'));
      assert.equal(event?.kind, 'offerActive');
      assert.equal(event?.dueUntil, undefined);
    });
  });
});
