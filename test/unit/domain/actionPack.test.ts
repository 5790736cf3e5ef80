import { strict as assert } from 'node:assert';
import { ActionPack, actionPackRenewalDate, checkTurnOnAutoRenew } from '../../../bot/domain';
import { utc } from './fixtures';

describe('domain/actionPack', () => {
  describe('renewal date (every year on the purchase date)', () => {
    it('is the first anniversary during the first year', () => {
      assert.equal(actionPackRenewalDate('2026-01-15', undefined, utc('2026-11-21T10:00:00Z')), '2027-01-15');
    });

    it('is a year later on the purchase day itself', () => {
      assert.equal(actionPackRenewalDate('2026-01-15', undefined, utc('2026-01-15T10:00:00Z')), '2027-01-15');
    });

    it('is today on an anniversary that has not been renewed yet', () => {
      assert.equal(actionPackRenewalDate('2024-01-15', '2025-01-15', utc('2026-01-15T10:00:00Z')), '2026-01-15');
    });

    it('moves to next year once today\'s renewal is recorded', () => {
      assert.equal(actionPackRenewalDate('2024-01-15', '2026-01-15', utc('2026-01-15T18:00:00Z')), '2027-01-15');
    });

    it('counts an early renewal for the coming anniversary', () => {
      assert.equal(actionPackRenewalDate('2024-01-15', '2026-01-10', utc('2026-01-12T00:00:00Z')), '2027-01-15');
    });

    it('counts a late renewal for the anniversary just passed', () => {
      assert.equal(actionPackRenewalDate('2024-01-15', '2026-01-20', utc('2026-01-21T00:00:00Z')), '2027-01-15');
    });

    it('takes the next anniversary after today when the last renewal was long ago', () => {
      assert.equal(actionPackRenewalDate('2020-06-30', undefined, utc('2026-07-01T00:00:00Z')), '2027-06-30');
      assert.equal(actionPackRenewalDate('2020-06-30', '2021-06-30', utc('2026-06-29T00:00:00Z')), '2026-06-30');
    });

    it('renews a 29 February purchase on 28 February in common years', () => {
      assert.equal(actionPackRenewalDate('2024-02-29', undefined, utc('2024-03-01T00:00:00Z')), '2025-02-28');
      assert.equal(actionPackRenewalDate('2024-02-29', '2025-02-28', utc('2025-03-01T00:00:00Z')), '2026-02-28');
    });

    it('renews a 29 February purchase on 29 February in the next leap year', () => {
      assert.equal(actionPackRenewalDate('2024-02-29', '2027-02-28', utc('2027-12-01T00:00:00Z')), '2028-02-29');
    });

    it('keeps 28 February as the renewal date across a leap year', () => {
      assert.equal(actionPackRenewalDate('2023-02-28', undefined, utc('2023-03-01T00:00:00Z')), '2024-02-28');
    });

    it('uses the UTC date of now', () => {
      assert.equal(actionPackRenewalDate('2024-01-15', '2025-01-15', utc('2026-01-15T23:30:00-05:00')), '2027-01-15');
    });

    it('ignores a last renewal date that is not after the purchase', () => {
      assert.equal(actionPackRenewalDate('2026-01-15', '2026-01-15', utc('2026-02-01T00:00:00Z')), '2027-01-15');
    });
  });

  describe('turning automatic renewal back on', () => {
    it('is pointless when it is on', () => {
      assert.equal(checkTurnOnAutoRenew({ purchaseDate: '2025-01-15', autoRenew: true }), 'alreadyOn');
    });

    it('waits for a renewal after it was turned off', () => {
      const pack: ActionPack = { purchaseDate: '2025-01-15', autoRenew: false, autoRenewOffSince: '2025-06-01' };
      assert.equal(checkTurnOnAutoRenew(pack), 'awaitingRenewal');
      assert.equal(checkTurnOnAutoRenew({ ...pack, lastRenewalDate: '2025-05-31' }), 'awaitingRenewal');
      assert.equal(checkTurnOnAutoRenew({ ...pack, lastRenewalDate: '2025-06-01' }), 'awaitingRenewal');
    });

    it('is allowed once the subscription has been renewed after it was turned off', () => {
      const pack: ActionPack = {
        purchaseDate: '2025-01-15',
        autoRenew: false,
        autoRenewOffSince: '2025-06-01',
        lastRenewalDate: '2026-01-15',
      };
      assert.equal(checkTurnOnAutoRenew(pack), 'ok');
    });

    it('waits when the day it was turned off is unknown', () => {
      assert.equal(
        checkTurnOnAutoRenew({ purchaseDate: '2025-01-15', autoRenew: false, lastRenewalDate: '2026-01-15' }),
        'awaitingRenewal',
      );
    });
  });
});
