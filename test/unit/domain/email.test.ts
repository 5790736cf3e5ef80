import { strict as assert } from 'node:assert';
import { checkAlternateEmail, normalizeEmail } from '../../../bot/domain';

describe('domain/email (alternate email differs from the Partner Center account email)', () => {
  const account = 'partnercenter@contoso-partners.example';

  it('accepts a different, valid address', () => {
    assert.equal(checkAlternateEmail('megan.support@contoso-partners.example', account), 'ok');
  });

  it('accepts a valid address with surrounding spaces', () => {
    assert.equal(checkAlternateEmail('  megan.support@contoso-partners.example ', account), 'ok');
  });

  it('refuses the account address itself', () => {
    assert.equal(checkAlternateEmail(account, account), 'sameAsAccount');
  });

  it('refuses the account address in another letter case and with spaces', () => {
    assert.equal(checkAlternateEmail(' PartnerCenter@Contoso-Partners.EXAMPLE ', account), 'sameAsAccount');
  });

  it('refuses something that is not an email address', () => {
    assert.equal(checkAlternateEmail('megan at contoso', account), 'invalid');
    assert.equal(checkAlternateEmail('', account), 'invalid');
  });

  it('normalizes by trimming and lower-casing', () => {
    assert.equal(normalizeEmail('  A@B.Example '), 'a@b.example');
  });
});
