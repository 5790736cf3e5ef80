import { strict as assert } from 'node:assert';
import { PhoneE164 } from '../../../bot/domain/marketingContact';
import { normalizePhoneNumber } from '../../../bot/domain/phone';

describe('domain/phone', () => {
  describe('normalizePhoneNumber writes numbers as E.164', () => {
    const cases: [string, string][] = [
      ['+49 30 1234567', '+49301234567'],
      ['+49-30-123-4567', '+49301234567'],
      ['+31.20.123.4567', '+31201234567'],
      ['+1 (425) 555-0100', '+14255550100'],
      ['0049 30 1234567', '+49301234567'],
      ['  +86 10 8888 8888  ', '+861088888888'],
      ['+49 (0)30 1234567', '+49301234567'],
      ['+49 ( 0 ) 30 1234567', '+49301234567'],
      ['+(49) 30 1234567', '+49301234567'],
      ['+4930\t1234567', '+49301234567'],
    ];
    for (const [written, e164] of cases) {
      it(`reads ${JSON.stringify(written)} as ${e164}`, () => {
        assert.deepEqual(normalizePhoneNumber(written), { ok: true, e164 });
        assert.ok(PhoneE164.safeParse(e164).success, 'the stored form passes the document schema');
      });
    }
  });

  describe("the country's numbering plan", () => {
    it('keeps the trunk zero where the country dials it from abroad, and drops it where not', () => {
      assert.deepEqual(normalizePhoneNumber('+39 (0)6 1234 5678'), { ok: true, e164: '+390612345678' });
      assert.deepEqual(normalizePhoneNumber('+39 06 1234 5678'), { ok: true, e164: '+390612345678' });
      assert.deepEqual(normalizePhoneNumber('+44 (0)20 7946 0018'), { ok: true, e164: '+442079460018' });
      assert.deepEqual(normalizePhoneNumber('0049 (0)30 1234567'), { ok: true, e164: '+49301234567' });
    });

    it('refuses a country code that no country has', () => {
      assert.deepEqual(normalizePhoneNumber('+999 1234 5678'), { ok: false, problem: 'invalid' });
      assert.deepEqual(normalizePhoneNumber('00 999 1234 5678'), { ok: false, problem: 'invalid' });
    });

    for (const written of ['+1 123 456 7890', '+1 (211) 555-0100', '+1 201 011 1234', '+1 800 000 0000']) {
      it(`refuses a North American number with an area code or exchange that cannot be: ${JSON.stringify(written)}`, () => {
        assert.deepEqual(normalizePhoneNumber(written), { ok: false, problem: 'invalid' });
      });
    }

    it('refuses digits that fit a length but not the plan: Germany has no area code 11', () => {
      assert.deepEqual(normalizePhoneNumber('+49 11 1234567'), { ok: false, problem: 'invalid' });
    });

    it('refuses a number too short or too long for its country', () => {
      assert.deepEqual(normalizePhoneNumber('+49 30 1'), { ok: false, problem: 'invalid' });
      assert.deepEqual(normalizePhoneNumber('+31 6 1234 567'), { ok: false, problem: 'invalid' });
      assert.deepEqual(normalizePhoneNumber('+1 425 555 0100 1234'), { ok: false, problem: 'invalid' });
    });
  });

  describe('refuses', () => {
    for (const written of ['+49 30 CALL-NOW', '+49 30 1234567 ext. 12', '+49 30 1234567 x12', 'abc', '+49/30/1234567', '+49 30 1234567#']) {
      it(`letters and other signs: ${JSON.stringify(written)}`, () => {
        assert.deepEqual(normalizePhoneNumber(written), { ok: false, problem: 'invalid' });
      });
    }

    for (const written of ['++49 30 1234567', '+49 +30 1234567', '49+301234567']) {
      it(`a plus anywhere but at the start, or twice: ${JSON.stringify(written)}`, () => {
        assert.deepEqual(normalizePhoneNumber(written), { ok: false, problem: 'invalid' });
      });
    }

    it('a country code starting with 0', () => {
      assert.deepEqual(normalizePhoneNumber('+030 1234567'), { ok: false, problem: 'invalid' });
      assert.deepEqual(normalizePhoneNumber('000 30 1234567'), { ok: false, problem: 'invalid' });
    });

    it('nothing but separators, or nothing at all', () => {
      for (const written of ['', '   ', '+', '00', '(-)', '+()']) {
        assert.deepEqual(normalizePhoneNumber(written), { ok: false, problem: 'invalid' }, JSON.stringify(written));
      }
    });
  });

  describe('a national number', () => {
    for (const written of ['030 1234567', '(030) 123 4567', '20 123 4567', '0 20 123 4567']) {
      it(`is refused as missing its country code: ${JSON.stringify(written)}`, () => {
        assert.deepEqual(normalizePhoneNumber(written), { ok: false, problem: 'countryCodeMissing' });
      });
    }
  });
});
