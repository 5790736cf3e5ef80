import { strict as assert } from 'node:assert';
import {
  Assignment,
  AuditEvent,
  Benefit,
  CLOUD_COMPETENCIES,
  Competency,
  isCloudCompetency,
  MarketingContact,
  PartnerCenterRole,
  RosterUser,
  ServiceRequest,
  TenantProfile,
} from '../../../bot/domain';

function pathsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

const tenant = {
  tenantId: 't1',
  companyName: 'Contoso Cloud Partners',
  partnerCenterAccountEmail: 'partnercenter@contoso-partners.example',
  membership: { networkMember: true, competencies: [] },
};

describe('domain schemas', () => {
  describe('roles', () => {
    it('knows the four Partner Center roles that matter', () => {
      assert.deepEqual(PartnerCenterRole.options, ['globalAdmin', 'userAdmin', 'adminAgent', 'mpnPartnerAdmin']);
      assert.equal(PartnerCenterRole.safeParse('billingAdmin').success, false);
    });
  });

  describe('TenantProfile', () => {
    it('defaults the locale to en', () => {
      assert.equal(TenantProfile.parse(tenant).defaultLocale, 'en');
    });

    it('accepts the supported locales only', () => {
      for (const locale of ['en', 'de', 'nl', 'zh-CN']) {
        assert.equal(TenantProfile.safeParse({ ...tenant, defaultLocale: locale }).success, true, locale);
      }
      assert.deepEqual(pathsOf(TenantProfile.safeParse({ ...tenant, defaultLocale: 'fr' })), ['defaultLocale']);
    });

    it('needs a tenant id and a valid account email', () => {
      assert.deepEqual(pathsOf(TenantProfile.safeParse({ ...tenant, tenantId: '' })), ['tenantId']);
      assert.deepEqual(pathsOf(TenantProfile.safeParse({ ...tenant, partnerCenterAccountEmail: 'nope' })), [
        'partnerCenterAccountEmail',
      ]);
    });

    it('needs network membership before an Action Pack or a competency', () => {
      const withPack = { networkMember: false, actionPack: { purchaseDate: '2026-01-15', autoRenew: true }, competencies: [] };
      assert.deepEqual(pathsOf(TenantProfile.safeParse({ ...tenant, membership: withPack })), ['membership.networkMember']);
      const withCompetency = {
        networkMember: false,
        competencies: [{ name: 'Security', level: 'gold', cloud: true }],
      };
      assert.deepEqual(pathsOf(TenantProfile.safeParse({ ...tenant, membership: withCompetency })), [
        'membership.networkMember',
      ]);
      assert.equal(
        TenantProfile.safeParse({ ...tenant, membership: { networkMember: false, competencies: [] } }).success,
        true,
      );
    });

    it('records when automatic renewal was turned off, and only then', () => {
      const membership = (actionPack: object) => ({ ...tenant, membership: { networkMember: true, actionPack, competencies: [] } });
      assert.deepEqual(pathsOf(TenantProfile.safeParse(membership({ purchaseDate: '2026-01-15', autoRenew: false }))), [
        'membership.actionPack.autoRenewOffSince',
      ]);
      assert.deepEqual(
        pathsOf(
          TenantProfile.safeParse(membership({ purchaseDate: '2026-01-15', autoRenew: true, autoRenewOffSince: '2026-02-01' })),
        ),
        ['membership.actionPack.autoRenewOffSince'],
      );
      assert.equal(
        TenantProfile.safeParse(membership({ purchaseDate: '2026-01-15', autoRenew: false, autoRenewOffSince: '2026-02-01' }))
          .success,
        true,
      );
    });

    it('refuses a last renewal before the purchase and a malformed purchase date', () => {
      const membership = (actionPack: object) => ({ ...tenant, membership: { networkMember: true, actionPack, competencies: [] } });
      assert.deepEqual(
        pathsOf(TenantProfile.safeParse(membership({ purchaseDate: '2026-01-15', autoRenew: true, lastRenewalDate: '2026-01-14' }))),
        ['membership.actionPack.lastRenewalDate'],
      );
      assert.deepEqual(pathsOf(TenantProfile.safeParse(membership({ purchaseDate: '15.01.2026', autoRenew: true }))), [
        'membership.actionPack.purchaseDate',
      ]);
    });
  });

  describe('competencies', () => {
    it('lists the six cloud competencies of the rule book', () => {
      assert.deepEqual(
        [...CLOUD_COMPETENCIES].sort(),
        [
          'Cloud Business Applications',
          'Cloud Platform',
          'Cloud Productivity',
          'Enterprise Mobility Management',
          'Security',
          'Small and Midmarket Cloud Solutions',
        ],
      );
      assert.equal(isCloudCompetency('Cloud Platform'), true);
      assert.equal(isCloudCompetency('Data Analytics'), false);
    });

    it('requires the cloud flag to match the competency', () => {
      assert.equal(Competency.safeParse({ name: 'Security', level: 'silver', cloud: true }).success, true);
      assert.equal(Competency.safeParse({ name: 'Data Analytics', level: 'gold', cloud: false }).success, true);
      assert.deepEqual(pathsOf(Competency.safeParse({ name: 'Security', level: 'silver', cloud: false })), ['cloud']);
      assert.deepEqual(pathsOf(Competency.safeParse({ name: 'Data Analytics', level: 'gold', cloud: true })), ['cloud']);
      assert.deepEqual(pathsOf(Competency.safeParse({ name: 'Security', level: 'bronze', cloud: true })), ['level']);
    });
  });

  describe('RosterUser', () => {
    const user = { aadObjectId: 'a1', displayName: 'Adele Vance', email: 'adele@contoso-partners.example' };

    it('defaults to an MPN account without roles', () => {
      const parsed = RosterUser.parse(user);
      assert.deepEqual(parsed.roles, []);
      assert.equal(parsed.accountType, 'mpn');
    });

    it('refuses unknown roles, account types and locales, and invalid email', () => {
      assert.deepEqual(pathsOf(RosterUser.safeParse({ ...user, roles: ['owner'] })), ['roles.0']);
      assert.deepEqual(pathsOf(RosterUser.safeParse({ ...user, accountType: 'partner' })), ['accountType']);
      assert.deepEqual(pathsOf(RosterUser.safeParse({ ...user, locale: 'fr' })), ['locale']);
      assert.deepEqual(pathsOf(RosterUser.safeParse({ ...user, email: 'adele' })), ['email']);
    });
  });

  describe('Benefit', () => {
    const common = { benefitId: 'b1', name: 'Benefit', quantity: 1, status: 'available' };
    const samples = {
      software: {
        ...common,
        category: 'software',
        activated: false,
        products: [
          {
            name: 'Windows 11 Enterprise',
            keys: ['K'],
            languages: ['en-US'],
            operatingSystems: ['x64'],
            downloadLinks: [{ language: 'en-US', os: 'x64', url: 'https://downloads.example/w11.iso' }],
          },
        ],
      },
      cloud: { ...common, category: 'cloud', billing: 'usageBased' },
      visualStudio: { ...common, category: 'visualStudio', edition: 'Enterprise' },
      technical: { ...common, category: 'technical', kind: 'advisoryHours' },
      goToMarket: { ...common, category: 'goToMarket', offerTypes: ['Gold Core'] },
    };

    for (const [category, sample] of Object.entries(samples)) {
      it(`parses a ${category} benefit`, () => {
        assert.equal(Benefit.parse(sample).category, category);
      });
    }

    it('refuses an unknown category', () => {
      assert.deepEqual(pathsOf(Benefit.safeParse({ ...common, category: 'training' })), ['category']);
    });

    it('refuses a negative or fractional quantity and an unknown status', () => {
      assert.deepEqual(pathsOf(Benefit.safeParse({ ...samples.cloud, quantity: -1 })), ['quantity']);
      assert.deepEqual(pathsOf(Benefit.safeParse({ ...samples.cloud, quantity: 1.5 })), ['quantity']);
      assert.deepEqual(pathsOf(Benefit.safeParse({ ...samples.cloud, status: 'pending' })), ['status']);
      assert.equal(Benefit.safeParse({ ...samples.cloud, quantity: 0 }).success, true);
    });

    it('refuses category fields that do not fit', () => {
      assert.deepEqual(pathsOf(Benefit.safeParse({ ...samples.cloud, billing: 'free' })), ['billing']);
      assert.deepEqual(pathsOf(Benefit.safeParse({ ...samples.technical, kind: 'training' })), ['kind']);
      assert.deepEqual(pathsOf(Benefit.safeParse({ ...samples.visualStudio, edition: '' })), ['edition']);
      assert.deepEqual(pathsOf(Benefit.safeParse({ ...samples.goToMarket, requiredLevel: 'platinum' })), [
        'requiredLevel',
      ]);
      assert.deepEqual(pathsOf(Benefit.safeParse({ ...samples.visualStudio, expiryDate: '2026-13-01' })), ['expiryDate']);
    });

    it('needs each download link to use one of the product languages and operating systems', () => {
      const product = samples.software.products[0];
      const badLink = { language: 'fr-FR', os: 'ARM64', url: 'https://downloads.example/x.iso' };
      const result = Benefit.safeParse({ ...samples.software, products: [{ ...product, downloadLinks: [badLink] }] });
      assert.deepEqual(pathsOf(result), ['products.0.downloadLinks.0.language', 'products.0.downloadLinks.0.os']);
    });

    it('needs download links to be http(s) URLs', () => {
      const product = samples.software.products[0];
      const link = { language: 'en-US', os: 'x64', url: 'javascript:alert(1)' };
      const result = Benefit.safeParse({ ...samples.software, products: [{ ...product, downloadLinks: [link] }] });
      assert.deepEqual(pathsOf(result), ['products.0.downloadLinks.0.url']);
    });
  });

  describe('Assignment', () => {
    const assignment = { benefitId: 'vs', assignee: 'a1', assignedAt: '2026-02-02T09:30:00Z', assignedBy: 'ga' };

    it('needs an ISO date-time and, if given, a valid alternate email', () => {
      assert.equal(Assignment.safeParse(assignment).success, true);
      assert.deepEqual(pathsOf(Assignment.safeParse({ ...assignment, assignedAt: '2026-02-02' })), ['assignedAt']);
      assert.deepEqual(pathsOf(Assignment.safeParse({ ...assignment, alternateEmail: 'x' })), ['alternateEmail']);
    });
  });

  describe('MarketingContact', () => {
    const contact = {
      aadObjectId: 'm1',
      email: 'marketing@contoso-partners.example',
      phoneE164: '+31201234567',
      preferredLanguage: 'zh-CN',
    };

    it('accepts an E.164 phone number and a language tag', () => {
      assert.equal(MarketingContact.safeParse(contact).success, true);
    });

    it('refuses a phone number that is not E.164 and a malformed language', () => {
      assert.deepEqual(pathsOf(MarketingContact.safeParse({ ...contact, phoneE164: '020 123 4567' })), ['phoneE164']);
      assert.deepEqual(pathsOf(MarketingContact.safeParse({ ...contact, phoneE164: '+0201234567' })), ['phoneE164']);
      assert.deepEqual(pathsOf(MarketingContact.safeParse({ ...contact, preferredLanguage: 'Dutch' })), [
        'preferredLanguage',
      ]);
    });
  });

  describe('ServiceRequest', () => {
    const request = {
      requestId: 'r1',
      kind: 'cancellation',
      status: 'open',
      category: 'partnerInvoicePaymentReconciliation',
      reason: 'Bought by mistake',
      createdAt: '2026-11-21T10:00:00Z',
      createdBy: 'ga',
    };

    it('parses a request and refuses unknown kinds and statuses', () => {
      assert.equal(ServiceRequest.safeParse({ ...request, refundEligible: true, benefitId: 'b1' }).success, true);
      assert.deepEqual(pathsOf(ServiceRequest.safeParse({ ...request, kind: 'complaint' })), ['kind']);
      assert.deepEqual(pathsOf(ServiceRequest.safeParse({ ...request, status: 'closed' })), ['status']);
    });
  });

  describe('AuditEvent', () => {
    const event = { actor: 'ga', action: 'assignBenefit', target: 'benefit:vs', at: '2026-11-21T10:00:00Z', outcome: 'applied' };

    it('parses an event with JSON before/after states', () => {
      const parsed = AuditEvent.parse({ ...event, before: { assigned: 1 }, after: { assigned: 2 } });
      assert.deepEqual(parsed.after, { assigned: 2 });
    });

    it('refuses an unknown outcome and a non-JSON state', () => {
      assert.deepEqual(pathsOf(AuditEvent.safeParse({ ...event, outcome: 'ignored' })), ['outcome']);
      assert.equal(AuditEvent.safeParse({ ...event, after: { at: new Date() } }).success, false);
    });
  });
});
