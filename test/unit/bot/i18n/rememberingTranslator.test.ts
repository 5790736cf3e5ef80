import { strict as assert } from 'node:assert';
import i18next, { type TFunction } from 'i18next';
import sinon from 'sinon';
import { rememberingTranslator } from '../../../../bot/i18n/rememberingTranslator';

describe('bot/i18n/rememberingTranslator', () => {
  let translate: TFunction;
  let lookups: sinon.SinonSpy;

  beforeEach(async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      resources: { en: { translation: { hello: 'Hello {{name}}', seats: '{{count}} seat', seats_other: '{{count}} seats', plain: 'Plain' } } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    const fixed = i18n.getFixedT('en');
    lookups = sinon.spy(fixed);
    translate = rememberingTranslator(Object.assign(lookups, fixed), 3);
  });

  it('answers what i18next answers, plurals included', () => {
    assert.equal(translate('plain'), 'Plain');
    assert.equal(translate('hello', { name: 'Adele' }), 'Hello Adele');
    assert.equal(translate('seats', { count: 1 }), '1 seat');
    assert.equal(translate('seats', { count: 4 }), '4 seats');
  });

  it('asks i18next once for the same key and the same plain values', () => {
    translate('hello', { name: 'Adele' });
    translate('hello', { name: 'Adele' });
    translate('plain');
    translate('plain');
    assert.equal(lookups.callCount, 2);
    assert.equal(translate('hello', { name: 'Megan' }), 'Hello Megan');
    assert.equal(lookups.callCount, 3);
  });

  it('asks i18next every time when a value is not plain', () => {
    const options = { name: 'Adele', nested: { deep: true } } as unknown as { name: string };
    translate('hello', options);
    translate('hello', options);
    assert.equal(lookups.callCount, 2);
  });

  it('forgets everything once it holds its limit, and keeps answering right', () => {
    for (const name of ['A', 'B', 'C', 'D']) translate('hello', { name });
    assert.equal(lookups.callCount, 4);
    assert.equal(translate('hello', { name: 'A' }), 'Hello A');
    assert.equal(lookups.callCount, 5, 'A was forgotten when the limit was reached');
    assert.equal(translate('hello', { name: 'D' }), 'Hello D');
    assert.equal(lookups.callCount, 5);
  });
});
