import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { appPerTest } from '../support/appPerTest';
import { pressCard } from '../support/cardPress';
import { DEMO_USERS, type DemoUser } from '../support/demo';
import { storedDocumentsOfType } from '../support/storedDocuments';

interface StoredAudit {
  action: string;
  actor: string;
  outcome: string;
  ttl?: number;
  after?: { input?: Record<string, unknown> };
}

/** "A few KB" per event, whatever the refused person sent. */
const MAX_EVENT_LENGTH = 4 * 1024;

describe('the audit of refused input', () => {
  const test = appPerTest({ AUDIT_RETENTION_DAYS: '90' });

  // Keys in sorted order: this JSON is the canonical form the fingerprint is taken of.
  const input = { assignee: 'x'.repeat(200 * 1024), benefitId: 'vs-professional' };
  /** The card's button names the action; the service gets the rest. */
  const forged = { action: 'benefit.assign', ...input };

  const auditOf = async (user: DemoUser) => {
    await pressCard(test, user, forged);
    const events = await storedDocumentsOfType<StoredAudit>(test, 'audit');
    const event = events.find((candidate) => candidate.action === 'benefit.assign' && candidate.actor === DEMO_USERS[user].aadObjectId);
    assert.ok(event, `an audit event for ${user}`);
    return event;
  };

  for (const [user, who] of [['stranger', 'someone outside the roster'], ['adele', 'an employee without the role']] as const) {
    it(`keeps a bounded summary of 200 KB sent by ${who}, with the fingerprint of what was sent`, async () => {
      const event = await auditOf(user);
      assert.equal(event.outcome, 'refused');
      assert.ok(JSON.stringify(event).length < MAX_EVENT_LENGTH, `${JSON.stringify(event).length} characters stored`);
      assert.deepEqual(event.after?.input, {
        type: 'object',
        length: JSON.stringify(input).length,
        sha256: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
        fieldCount: 2,
        fields: [
          { name: 'assignee', type: 'string', size: 200 * 1024 },
          { name: 'benefitId', type: 'string', size: input.benefitId.length },
        ],
      });
    });
  }

  it('gives the event the configured retention as its ttl', async () => {
    assert.equal((await auditOf('stranger')).ttl, 90 * 86_400);
  });
});
