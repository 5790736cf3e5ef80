import { strict as assert } from 'node:assert';
import {
  BenefitStatus,
  checkActivation,
  checkGoToMarketActivation,
  expiryState,
  GoToMarketBenefit,
  hasActiveMembershipOffers,
  MarketingContact,
  meetsOfferRequirement,
} from '../../../bot/domain';
import { membership, utc, visualStudio } from './fixtures';

function offer(overrides: Partial<GoToMarketBenefit> = {}): GoToMarketBenefit {
  return {
    benefitId: 'gtm',
    name: 'Offer',
    quantity: 1,
    status: 'available',
    category: 'goToMarket',
    offerTypes: ['Silver Core'],
    ...overrides,
  };
}

const contact: MarketingContact = {
  aadObjectId: 'megan',
  email: 'marketing@contoso-partners.example',
  phoneE164: '+31201234567',
  preferredLanguage: 'en',
};

const silverCloudPlatform = membership([{ name: 'Cloud Platform', level: 'silver', cloud: true }]);
const goldSecurity = membership([{ name: 'Security', level: 'gold', cloud: true }]);

describe('domain/offers', () => {
  describe('hasActiveMembershipOffers ("no benefits yet")', () => {
    it('is false without benefits', () => {
      assert.equal(hasActiveMembershipOffers([]), false);
    });

    it('is false when every benefit is expired or cancelled', () => {
      assert.equal(
        hasActiveMembershipOffers([visualStudio({ status: 'expired' }), visualStudio({ status: 'cancelled' })]),
        false,
      );
    });

    for (const status of ['available', 'activationPending', 'active'] as const) {
      it(`is true with one ${status} benefit`, () => {
        assert.equal(hasActiveMembershipOffers([visualStudio({ status: 'expired' }), visualStudio({ status })]), true);
      });
    }
  });

  describe('checkActivation', () => {
    const expected: Record<BenefitStatus, string> = {
      available: 'ok',
      activationPending: 'activationPending',
      active: 'alreadyActive',
      expired: 'expired',
      cancelled: 'cancelled',
    };
    for (const [status, result] of Object.entries(expected)) {
      it(`answers ${result} for a ${status} benefit`, () => {
        assert.equal(checkActivation(visualStudio({ status: status as BenefitStatus })), result);
      });
    }
  });

  describe('go-to-market activation', () => {
    it('needs a marketing contact first', () => {
      assert.equal(checkGoToMarketActivation(offer(), silverCloudPlatform, undefined), 'marketingContactRequired');
    });

    it('is allowed with a marketing contact and no requirement', () => {
      assert.equal(checkGoToMarketActivation(offer(), membership(), contact), 'ok');
    });

    it('is refused when the company does not meet the offer requirement', () => {
      assert.equal(
        checkGoToMarketActivation(offer({ requiredLevel: 'gold' }), silverCloudPlatform, contact),
        'requirementNotMet',
      );
    });

    it('checks the required level', () => {
      assert.equal(meetsOfferRequirement(offer({ requiredLevel: 'silver' }), silverCloudPlatform), true);
      assert.equal(meetsOfferRequirement(offer({ requiredLevel: 'silver' }), goldSecurity), true);
      assert.equal(meetsOfferRequirement(offer({ requiredLevel: 'gold' }), silverCloudPlatform), false);
      assert.equal(meetsOfferRequirement(offer({ requiredLevel: 'gold' }), goldSecurity), true);
      assert.equal(meetsOfferRequirement(offer({ requiredLevel: 'silver' }), membership([], true)), false);
    });

    it('checks the required competency, alone and with a level', () => {
      assert.equal(meetsOfferRequirement(offer({ requiredCompetency: 'Cloud Platform' }), silverCloudPlatform), true);
      assert.equal(meetsOfferRequirement(offer({ requiredCompetency: 'Cloud Platform' }), goldSecurity), false);
      assert.equal(
        meetsOfferRequirement(offer({ requiredCompetency: 'Cloud Platform', requiredLevel: 'gold' }), silverCloudPlatform),
        false,
      );
      const both = membership([
        { name: 'Cloud Platform', level: 'silver', cloud: true },
        { name: 'Security', level: 'gold', cloud: true },
      ]);
      assert.equal(meetsOfferRequirement(offer({ requiredCompetency: 'Cloud Platform', requiredLevel: 'gold' }), both), false);
      assert.equal(meetsOfferRequirement(offer({ requiredCompetency: 'Security', requiredLevel: 'gold' }), both), true);
    });
  });

  describe('expiryState (the expiry date is the last usable day)', () => {
    it('has no state without an expiry date', () => {
      assert.equal(expiryState(undefined, utc('2026-01-01T00:00:00Z'), 30), 'noExpiry');
    });

    it('is current before the warning window', () => {
      assert.equal(expiryState('2026-03-01', utc('2026-01-29T23:59:59Z'), 30), 'current');
    });

    it('warns from warnDays before the expiry date', () => {
      assert.equal(expiryState('2026-03-01', utc('2026-01-30T00:00:00Z'), 30), 'expiringSoon');
    });

    it('is still usable, though expiring, on the expiry date', () => {
      assert.equal(expiryState('2026-03-01', utc('2026-03-01T23:59:59Z'), 30), 'expiringSoon');
    });

    it('is expired the day after', () => {
      assert.equal(expiryState('2026-03-01', utc('2026-03-02T00:00:00Z'), 30), 'expired');
    });
  });
});
