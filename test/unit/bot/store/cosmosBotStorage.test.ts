import { strict as assert } from 'node:assert';
import { stateDocumentId } from '../../../../bot/store/cosmosBotStorage';

const FORBIDDEN = /[\\/?#]/;
const MAX_ID_LENGTH = 255;

describe('bot/store/cosmosBotStorage stateDocumentId', () => {
  it('leaves a key without special characters as it is', () => {
    const key = 'msteams-conversation-a1b2c3';
    assert.equal(stateDocumentId(key), key);
  });

  it('escapes / \\ ? # * so none of the forbidden characters is left', () => {
    const key = 'msteams/conversations/a:1\\b?c#d*e/users/29:x';
    const id = stateDocumentId(key);
    assert.ok(!FORBIDDEN.test(id), id);
    assert.notEqual(id, key);
    for (const kept of ['msteams', 'conversations', 'a:1', 'users', '29:x']) assert.ok(id.includes(kept), id);
  });

  it('is deterministic', () => {
    const key = 'msteams/conversations/19:abc@thread.tacv2;messageid=1/';
    assert.equal(stateDocumentId(key), stateDocumentId(`${key}`));
  });

  it('never maps two different short keys to the same id', () => {
    const keys = [
      'a/b',
      'a*2fb',
      'a*2Fb',
      'a*b',
      'a*2ab',
      'a**2fb',
      'a\\b',
      'a*5cb',
      'a?b',
      'a*3fb',
      'a#b',
      'a*23b',
      'a//b',
      'a/*2fb',
      'a~b',
      'a%2Fb',
      'ab',
      '',
      '*',
      '/',
    ];
    const ids = new Map<string, string>();
    for (const key of keys) {
      const id = stateDocumentId(key);
      assert.ok(!ids.has(id), `${JSON.stringify(key)} and ${JSON.stringify(ids.get(id))} both map to ${id}`);
      ids.set(id, key);
    }
  });

  it('never maps two different keys made of the escaped characters to the same id', () => {
    const alphabet = ['/', '\\', '?', '#', '*', '2', 'f', 'a', '~'];
    const keys = [''];
    for (let length = 1; length <= 3; length += 1) {
      for (const key of [...keys]) if (key.length === length - 1) for (const c of alphabet) keys.push(key + c);
    }
    const ids = new Set(keys.map(stateDocumentId));
    assert.equal(ids.size, keys.length);
  });

  it('keeps the id of a 1,000-character key within 255 characters', () => {
    for (const key of ['k'.repeat(1000), '/'.repeat(1000), `msteams/conversations/${'19:x@thread/'.repeat(80)}`]) {
      const id = stateDocumentId(key);
      assert.ok(id.length <= MAX_ID_LENGTH, `${id.length} characters`);
      assert.ok(!FORBIDDEN.test(id), id);
      assert.equal(stateDocumentId(key), id);
    }
  });

  it('switches to the shortened form exactly past 255 characters', () => {
    assert.equal(stateDocumentId('k'.repeat(MAX_ID_LENGTH)), 'k'.repeat(MAX_ID_LENGTH));
    const shortened = stateDocumentId('k'.repeat(MAX_ID_LENGTH + 1));
    assert.ok(shortened.length <= MAX_ID_LENGTH);
    assert.notEqual(shortened, 'k'.repeat(MAX_ID_LENGTH));
  });

  it('keeps distinct long keys distinct, even when they differ only at the end', () => {
    const prefix = `msteams/conversations/${'x'.repeat(990)}`;
    const ids = new Set(['a', 'b', 'a/', 'a*2f', ''].map((tail) => stateDocumentId(prefix + tail)));
    assert.equal(ids.size, 5);
  });

  it('does not give a short key the id of a long one', () => {
    for (const long of [`msteams/users/${'u'.repeat(1000)}`, `msteams-users-${'u'.repeat(1000)}`]) {
      const longId = stateDocumentId(long);
      // The key whose escaped form spells the shortened id (`…~<sha256>`) is short enough to be kept as it is.
      const crafted = longId.replace(/\*([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      assert.notEqual(crafted, long);
      assert.notEqual(stateDocumentId(crafted), longId, `${JSON.stringify(crafted)} takes the id of the 1,000-character key`);
    }
  });
});
