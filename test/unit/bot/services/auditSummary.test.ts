import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { boundedState, MAX_STATE_LENGTH, summarize } from '../../../../bot/services/auditSummary';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('services/auditSummary', () => {
  it('keeps the shape and fingerprint of input, never its content', () => {
    const input = { reason: 'x'.repeat(200_000), refund: true, target: ['a', 'b'], nested: { secret: 'y' } };
    const summary = summarize(input);
    assert.deepEqual(summary.fields, [
      { name: 'reason', type: 'string', size: 200_000 },
      { name: 'refund', type: 'boolean' },
      { name: 'target', type: 'array', size: 2 },
      { name: 'nested', type: 'object', size: 1 },
    ]);
    assert.equal(summary.fieldCount, 4);
    assert.equal(summary.type, 'object');
    assert.ok(!JSON.stringify(summary).includes('xxxx') && !JSON.stringify(summary).includes('"y"'));
  });

  it('fingerprints the canonical JSON: the same input in another key order has the same hash', () => {
    const sorted = { a: 1, b: { c: [1, 2], d: 'e' } };
    const expected = sha256(JSON.stringify(sorted));
    assert.equal(summarize(sorted).sha256, expected);
    assert.equal(summarize({ b: { d: 'e', c: [1, 2] }, a: 1 }).sha256, expected);
    assert.equal(summarize(sorted).length, JSON.stringify(sorted).length);
  });

  it('stays small whatever was sent: many fields, long names', () => {
    const input = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`${'n'.repeat(1_000)}${index}`, index]));
    const summary = summarize(input);
    assert.equal(summary.fieldCount, 5_000);
    assert.ok(JSON.stringify(summary).length < 2_048, `${JSON.stringify(summary).length} characters`);
  });

  it('summarizes input that is not an object too', () => {
    assert.deepEqual(summarize('text'), { type: 'string', length: 6, sha256: sha256('"text"') });
    assert.deepEqual(summarize(undefined), { type: 'undefined', length: 0, sha256: sha256('') });
    assert.equal(summarize([1, 2]).type, 'array');
  });

  it('keeps a state as JSON while it is small, and only its summary once it is larger than the bound', () => {
    assert.deepEqual(boundedState({ status: 'open', dropped: undefined }), { status: 'open' });
    assert.equal(boundedState(undefined), undefined);
    const large = { description: 'z'.repeat(MAX_STATE_LENGTH) };
    const bounded = boundedState(large) as Record<string, unknown>;
    assert.equal(bounded.summarized, true);
    assert.equal(bounded.sha256, sha256(JSON.stringify(large)));
    assert.ok(JSON.stringify(bounded).length < 1_024);
  });
});
