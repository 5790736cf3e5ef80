import { strict as assert } from 'node:assert';
import { Benefit, visibleSupportIds } from '../../../bot/domain';
import { visualStudio } from './fixtures';

const technical: Benefit = {
  benefitId: 'sig',
  name: 'Signature Cloud Support',
  quantity: 1,
  status: 'active',
  category: 'technical',
  kind: 'signatureCloudSupport',
  accessId: 'A-1',
  contractId: 'C-1',
};

describe('domain/technicalAccess (Access ID and Contract ID shown to all users once active)', () => {
  it('shows both ids of an active technical benefit', () => {
    assert.deepEqual(visibleSupportIds(technical), { accessId: 'A-1', contractId: 'C-1' });
  });

  it('shows nothing while activation is pending', () => {
    assert.equal(visibleSupportIds({ ...technical, status: 'activationPending' }), undefined);
  });

  it('shows nothing when an id is missing', () => {
    assert.equal(visibleSupportIds({ ...technical, contractId: undefined }), undefined);
    assert.equal(visibleSupportIds({ ...technical, accessId: undefined }), undefined);
  });

  it('shows nothing for other categories', () => {
    assert.equal(visibleSupportIds(visualStudio()), undefined);
  });
});
