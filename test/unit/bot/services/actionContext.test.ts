import { strict as assert } from 'node:assert';
import { idempotencyKeyOf } from '../../../../bot/services/actionContext';

describe('services/actionContext idempotencyKeyOf', () => {
  it('is the same for a redelivery: the same activity in the same conversation', () => {
    assert.equal(idempotencyKeyOf('a:chat-1', '1732100000001'), idempotencyKeyOf('a:chat-1', '1732100000001'));
  });

  it('differs for the same activity id in another conversation', () => {
    assert.notEqual(idempotencyKeyOf('a:chat-1', '1732100000001'), idempotencyKeyOf('a:chat-2', '1732100000001'));
  });

  it('cannot be made equal by moving characters between the conversation id and the activity id', () => {
    assert.notEqual(idempotencyKeyOf('a:chat-1', '1:2'), idempotencyKeyOf('a:chat-1:1', '2'));
  });

  it('is short and fit for a document id, however long the conversation id', () => {
    const key = idempotencyKeyOf(`19:${'x'.repeat(2_000)}@thread.tacv2;messageid=1732100000000/?#\\`, '1732100000001');
    assert.ok(key.length <= 64);
    assert.match(key, /^[A-Za-z0-9_-]+$/);
  });

  it('gives an activity without an id a key of its own, never one another activity could have', () => {
    assert.notEqual(idempotencyKeyOf('a:chat-1', undefined), idempotencyKeyOf('a:chat-1', undefined));
    assert.notEqual(idempotencyKeyOf('a:chat-1', ''), idempotencyKeyOf('a:chat-1', ''));
  });
});
