import { strict as assert } from 'node:assert';
import {
  alternateEmailRequired,
  Assignment,
  assignmentsOf,
  checkAssignment,
  unassignedQuantity,
  Benefit,
} from '../../../bot/domain';
import { rosterUser, visualStudio } from './fixtures';

function assignment(benefitId: string, assignee: string): Assignment {
  return { benefitId, assignee, assignedAt: '2026-01-01T00:00:00Z', assignedBy: 'ga' };
}

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

describe('domain/assignmentRules', () => {
  const roster = [rosterUser('ga', ['globalAdmin']), rosterUser('adele'), rosterUser('lee'), rosterUser('megan')];
  const vs = visualStudio({ benefitId: 'vs', quantity: 2 });

  it('allows assigning to a roster user while some are left', () => {
    assert.equal(checkAssignment(vs, 'adele', [assignment('vs', 'lee'), assignment('other', 'megan')], roster), 'ok');
  });

  it('refuses someone who is not among the company users', () => {
    assert.equal(checkAssignment(vs, 'stranger', [], roster), 'assigneeNotInRoster');
  });

  it('refuses an account tied only to CSP, which cannot use a benefit', () => {
    const withCspOnly = [...roster, rosterUser('diego', [], 'cspOnly')];
    assert.equal(checkAssignment(vs, 'diego', [], withCspOnly), 'recipientCspOnly');
    assert.equal(checkAssignment(technical, 'diego', [], withCspOnly), 'recipientCspOnly');
  });

  it('refuses an expired or cancelled benefit', () => {
    assert.equal(checkAssignment(visualStudio({ status: 'expired' }), 'adele', [], roster), 'notAssignable');
    assert.equal(checkAssignment(visualStudio({ status: 'cancelled' }), 'adele', [], roster), 'notAssignable');
  });

  it('refuses assigning the same benefit twice to one person', () => {
    assert.equal(checkAssignment(vs, 'adele', [assignment('vs', 'adele')], roster), 'alreadyAssigned');
  });

  it('refuses when every unit is assigned', () => {
    const all = [assignment('vs', 'lee'), assignment('vs', 'megan')];
    assert.equal(checkAssignment(vs, 'adele', all, roster), 'noneLeft');
  });

  it('counts what is left of one benefit only', () => {
    const all = [assignment('vs', 'lee'), assignment('other', 'megan')];
    assert.deepEqual(assignmentsOf('vs', all), [all[0]]);
    assert.equal(unassignedQuantity(vs, all), 1);
    assert.equal(unassignedQuantity(visualStudio({ quantity: 0 }), all), 0);
  });

  it('needs an alternate email only for technical benefits', () => {
    assert.equal(alternateEmailRequired(technical), true);
    assert.equal(alternateEmailRequired(vs), false);
  });
});
