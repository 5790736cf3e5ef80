import { strict as assert } from 'node:assert';
import { isOpenRequest, openCancellationOf, RequestStatus, type ServiceRequest } from '../../../bot/domain';

function request(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  return {
    requestId: 'REQ-1',
    kind: 'cancellation',
    status: 'open',
    category: 'membershipBenefitCancellation',
    benefitId: 'office',
    reason: 'Not needed',
    createdAt: '2026-02-14T10:00:00Z',
    createdBy: 'alex',
    ...overrides,
  };
}

describe('domain/request (one open cancellation per benefit or Action Pack)', () => {
  it('counts open and in-progress requests as open, resolved and rejected ones as closed', () => {
    assert.deepEqual(
      RequestStatus.options.map((status) => [status, isOpenRequest({ status })]),
      [
        ['open', true],
        ['inProgress', true],
        ['resolved', false],
        ['rejected', false],
      ],
    );
  });

  it('finds the open cancellation of the same benefit', () => {
    const open = request({ requestId: 'REQ-2', status: 'inProgress' });
    assert.equal(openCancellationOf([request({ requestId: 'REQ-1', status: 'resolved' }), open], 'office'), open);
  });

  it('finds none for a closed one, another benefit, or another kind of request', () => {
    const others = [
      request({ status: 'rejected' }),
      request({ benefitId: 'windows' }),
      request({ kind: 'presalesAdvisory' }),
    ];
    assert.equal(openCancellationOf(others, 'office'), undefined);
  });

  it('tells the Action Pack (no benefit) from a benefit', () => {
    const actionPack = request({ requestId: 'REQ-AP', benefitId: undefined, category: 'partnerInvoicePaymentReconciliation' });
    assert.equal(openCancellationOf([request(), actionPack], undefined), actionPack);
    assert.equal(openCancellationOf([actionPack], 'office'), undefined);
  });
});
