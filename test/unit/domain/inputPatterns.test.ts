import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkAlternateEmail, EMAIL_INPUT_PATTERN } from '../../../bot/domain/email';
import { normalizePhoneNumber, PHONE_INPUT_PATTERN } from '../../../bot/domain/phone';

/** A card's `regex` checks a value before it is sent; the server's check still decides, so the card must never be stricter. */
describe('domain/input patterns (what a card checks before sending)', () => {
  const email = new RegExp(EMAIL_INPUT_PATTERN);
  const phone = new RegExp(PHONE_INPUT_PATTERN);

  it('never stops an email address the server would take, and stops obvious mistakes', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        if (checkAlternateEmail(address, 'account@example.com') !== 'invalid') assert.ok(email.test(address), address);
      }),
    );
    for (const mistake of ['adele.support@', 'adele', '@contoso.example', 'adele support@contoso.example']) {
      assert.ok(!email.test(mistake), mistake);
    }
  });

  it('never stops a phone number the server would take, and stops one without a country code or with letters', () => {
    const written = fc.tuple(fc.constantFrom('+', '00'), fc.stringMatching(/^[1-9][\d .()-]{6,18}$/)).map(([prefix, rest]) => prefix + rest);
    fc.assert(
      fc.property(written, (number) => {
        if (normalizePhoneNumber(number).ok) assert.ok(phone.test(number), number);
      }),
    );
    for (const mistake of ['030 1234567', '+49 30 CALL-NOW', 'ext. 12']) assert.ok(!phone.test(mistake), mistake);
  });
});
