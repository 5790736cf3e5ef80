import { strict as assert } from 'node:assert';
import {
  Assignment,
  auditDocId,
  BenefitDoc,
  benefitDocId,
  RequestDoc,
  conversationRefDocId,
  DocType,
  MARKETING_CONTACT_DOC_ID,
  outboxDocId,
  requestDocId,
  StatusChange,
  StoredDoc,
  TENANT_DOC_ID,
  TenantDoc,
  UserDoc,
  userDocId,
} from '../../../bot/domain';

const cosmosMetadata = { _etag: '"0000-1"', _ts: 1763719200, _rid: 'abc==', _self: 'dbs/x', _attachments: 'attachments/' };

describe('domain/documents', () => {
  it('knows every stored document type', () => {
    assert.deepEqual(DocType.options, [
      'tenant',
      'user',
      'benefit',
      'marketingContact',
      'request',
      'audit',
      'conversationRef',
      'outbox',
      'outboxSignal',
      'notificationSettings',
      'userPreference',
    ]);
  });

  it('derives document ids from business keys', () => {
    assert.equal(TENANT_DOC_ID, 'tenant');
    assert.equal(MARKETING_CONTACT_DOC_ID, 'marketingContact');
    assert.equal(userDocId('u1'), 'user:u1');
    assert.equal(benefitDocId('vs'), 'benefit:vs');
    assert.equal(requestDocId('r1'), 'request:r1');
    assert.equal(auditDocId('activity-7'), 'audit:activity-7');
    assert.equal(conversationRefDocId('personal', 'u1'), 'conversationRef:personal:u1');
    assert.equal(outboxDocId('e1'), 'outbox:e1');
  });

  it('keeps Cosmos metadata when reading a document', () => {
    const stored = {
      id: userDocId('u1'),
      tenantId: 't1',
      type: 'user',
      aadObjectId: 'u1',
      displayName: 'Adele Vance',
      email: 'adele@contoso-partners.example',
      ...cosmosMetadata,
    };
    const parsed = UserDoc.parse(stored);
    assert.equal(parsed._etag, '"0000-1"');
    assert.equal(parsed._ts, 1763719200);
    assert.deepEqual(parsed.roles, []);
  });

  it('reads each benefit category with its metadata', () => {
    const stored = {
      id: benefitDocId('vs'),
      tenantId: 't1',
      type: 'benefit',
      benefitId: 'vs',
      name: 'Visual Studio Professional',
      quantity: 3,
      status: 'active',
      category: 'visualStudio',
      edition: 'Professional',
      ...cosmosMetadata,
    };
    const parsed = BenefitDoc.parse(stored);
    assert.equal(parsed.category, 'visualStudio');
    assert.equal(parsed._etag, '"0000-1"');
  });

  it('needs id, tenantId and the right type', () => {
    const user = { aadObjectId: 'u1', displayName: 'A', email: 'a@contoso-partners.example' };
    const paths = (value: unknown) => (UserDoc.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join('.'));
    assert.deepEqual(paths({ ...user, tenantId: 't1', type: 'user' }), ['id']);
    assert.deepEqual(paths({ ...user, id: 'user:u1', type: 'user' }), ['tenantId']);
    assert.deepEqual(paths({ ...user, id: 'user:u1', tenantId: 't1', type: 'benefit' }), ['type']);
  });

  it('tells documents apart by type', () => {
    const parse = (value: object) => StoredDoc.parse({ tenantId: 't1', ...value });
    assert.equal(
      parse({
        id: 'tenant',
        type: 'tenant',
        companyName: 'C',
        partnerCenterAccountEmail: 'pc@c.example',
        membership: { networkMember: true, competencies: [] },
      }).type,
      'tenant',
    );
    assert.equal(
      parse({
        id: requestDocId('r1'),
        type: 'request',
        requestId: 'r1',
        kind: 'cancellation',
        status: 'open',
        category: 'partnerInvoicePaymentReconciliation',
        reason: 'mistake',
        createdAt: '2026-11-21T10:00:00Z',
        createdBy: 'ga',
      }).type,
      'request',
    );
    assert.equal(
      parse({
        id: conversationRefDocId('team', 'team-1'),
        type: 'conversationRef',
        scope: 'team',
        key: 'team-1',
        reference: { conversation: { id: 'c1' } },
        updatedAt: '2026-11-21T10:00:00Z',
      }).type,
      'conversationRef',
    );
    assert.equal(
      parse({
        id: outboxDocId('e1'),
        type: 'outbox',
        eventId: 'e1',
        event: 'offerActivated',
        payload: { benefitId: 'gtm' },
        recipient: 'u1',
        locale: 'de',
        status: 'pending',
        attempts: 0,
        createdAt: '2026-11-21T10:00:00Z',
        nextAttemptAt: '2026-11-21T10:00:00Z',
      }).type,
      'outbox',
    );
    assert.equal(StoredDoc.safeParse({ id: 'x', tenantId: 't1', type: 'session' }).success, false);
  });

  it('checks what the use cases keep on a document to know their own changes again', () => {
    const change = { status: 'resolved', at: '2026-11-21T10:00:00Z', by: 'ga', idempotencyKey: 'key-1' };
    const request = {
      id: requestDocId('r1'),
      tenantId: 't1',
      type: 'request',
      requestId: 'r1',
      kind: 'cancellation',
      status: 'resolved',
      category: 'membershipBenefitCancellation',
      reason: 'mistake',
      createdAt: '2026-11-20T10:00:00Z',
      createdBy: 'ga',
    };
    assert.deepEqual(RequestDoc.parse({ ...request, statusChanges: [change] }).statusChanges, [change]);
    const paths = (value: unknown) => (RequestDoc.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join('.'));
    assert.deepEqual(paths({ ...request, statusChanges: [{ ...change, status: 'closed' }] }), ['statusChanges.0.status']);

    const profile = {
      id: TENANT_DOC_ID,
      tenantId: 't1',
      type: 'tenant',
      companyName: 'C',
      partnerCenterAccountEmail: 'pc@c.example',
      membership: { networkMember: true, competencies: [] },
    };
    const renewal = { change: 'recordRenewal', idempotencyKey: 'key-2', at: '2026-11-21T10:00:00Z', by: 'ga' };
    const parsed = TenantDoc.parse({ ...profile, actionPackChanges: [renewal], cancellationRequestIds: { actionPack: 'r1' } });
    assert.deepEqual([parsed.actionPackChanges, parsed.cancellationRequestIds], [[renewal], { actionPack: 'r1' }]);
    assert.equal(TenantDoc.safeParse({ ...profile, actionPackChanges: [{ ...renewal, change: 'renew' }] }).success, false);
    assert.equal(TenantDoc.safeParse({ ...profile, cancellationRequestIds: { actionPack: '' } }).success, false);

    const technical = {
      id: benefitDocId('t'),
      tenantId: 't1',
      type: 'benefit',
      benefitId: 't',
      name: 'Signature Cloud Support',
      quantity: 1,
      status: 'activationPending',
      category: 'technical',
      kind: 'signatureCloudSupport',
    };
    assert.equal(BenefitDoc.safeParse({ ...technical, idempotencyKey: 42 }).success, false);
  });

  it('reads changes recorded before the idempotency key, keyed by the activity id alone, as nobody\'s', () => {
    const change = { status: 'resolved', at: '2026-11-21T10:00:00Z', by: 'ga', activityId: '1700000000000' };
    const [read] = StatusChange.array().parse([change]);
    assert.equal(read?.idempotencyKey, undefined);
    const assignment = { benefitId: 'vs', assignee: 'u1', assignedAt: '2026-11-21T10:00:00Z', assignedBy: 'ga', activityId: '1700000000000' };
    assert.equal(Assignment.parse(assignment).idempotencyKey, undefined);
  });
});
