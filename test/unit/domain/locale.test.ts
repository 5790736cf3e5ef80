import { strict as assert } from 'node:assert';
import { answerLocale, spokenLocaleOf } from '../../../bot/domain/locale';

describe('domain/locale', () => {
  it('knows the languages we speak by any of their tags, and no other', () => {
    assert.equal(spokenLocaleOf('en-GB'), 'en');
    assert.equal(spokenLocaleOf('zh-Hant-TW'), 'zh-CN');
    for (const other of ['fr-FR', 'deu', '', undefined, 42]) assert.equal(spokenLocaleOf(other), undefined, String(other));
  });

  it('answers in the person\'s choice, else the client\'s language we speak, else the roster\'s, else the company\'s', () => {
    assert.equal(answerLocale({ chosen: 'nl', client: 'de-DE', roster: 'zh-CN', company: 'en' }), 'nl');
    assert.equal(answerLocale({ client: 'de-DE', roster: 'zh-CN', company: 'en' }), 'de');
    assert.equal(answerLocale({ client: 'fr-FR', roster: 'zh-CN', company: 'en' }), 'zh-CN');
    assert.equal(answerLocale({ client: 'fr-FR', company: 'nl' }), 'nl');
    assert.equal(answerLocale({}), 'en');
  });
});
