import { strict as assert } from 'node:assert';
import { Action, authorize, holdersOf, PartnerCenterRole, requiredRolesFor } from '../../../bot/domain';
import { rosterUser } from './fixtures';

const expectedRoles: Record<Action, PartnerCenterRole[]> = {
  assignBenefit: ['globalAdmin'],
  activateBenefit: ['globalAdmin', 'mpnPartnerAdmin'],
  getKeys: ['globalAdmin', 'mpnPartnerAdmin'],
  activateTechnical: ['globalAdmin', 'mpnPartnerAdmin'],
  manageGoToMarket: ['globalAdmin', 'mpnPartnerAdmin'],
  viewOwnAssignments: [],
  viewBenefits: [],
  manageRequests: ['globalAdmin', 'mpnPartnerAdmin'],
  manageSubscription: ['globalAdmin', 'mpnPartnerAdmin'],
};

describe('domain/permissions', () => {
  it('knows every action and the roles it needs', () => {
    assert.deepEqual([...Action.options].sort(), Object.keys(expectedRoles).sort());
    for (const action of Action.options) assert.deepEqual(requiredRolesFor(action), expectedRoles[action], action);
  });

  describe('each role for each action', () => {
    const holders: { label: string; roles: PartnerCenterRole[] }[] = [
      ...PartnerCenterRole.options.map((role) => ({ label: role, roles: [role] })),
      { label: 'employee', roles: [] },
    ];
    for (const action of Action.options) {
      for (const holder of holders) {
        const expected = expectedRoles[action].length === 0 || holder.roles.some((r) => expectedRoles[action].includes(r));
        it(`${expected ? 'allows' : 'refuses'} ${action} for ${holder.label}`, () => {
          const result = authorize(rosterUser('u1', holder.roles), action);
          if (expected) {
            assert.deepEqual(result, { allowed: true });
          } else {
            assert.deepEqual(result, { allowed: false, reason: 'roleRequired', requiredRoles: expectedRoles[action] });
          }
        });
      }
    }
  });

  it('allows a user holding several roles when any one of them suffices', () => {
    assert.deepEqual(authorize(rosterUser('u1', ['userAdmin', 'mpnPartnerAdmin']), 'getKeys'), { allowed: true });
  });

  it('refuses every action to someone not in the roster', () => {
    for (const action of Action.options) {
      assert.deepEqual(authorize(undefined, action), {
        allowed: false,
        reason: 'notInRoster',
        requiredRoles: expectedRoles[action],
      });
    }
  });

  it('refuses every action to a CSP-only account, even a Global admin', () => {
    for (const action of Action.options) {
      const result = authorize(rosterUser('csp', ['globalAdmin'], 'cspOnly'), action);
      assert.deepEqual(result, { allowed: false, reason: 'cspOnly', requiredRoles: expectedRoles[action] });
    }
  });

  it('lists whom to ask, leaving out CSP-only accounts', () => {
    const roster = [
      rosterUser('ga', ['globalAdmin']),
      rosterUser('mpa', ['mpnPartnerAdmin']),
      rosterUser('ua', ['userAdmin']),
      rosterUser('employee'),
      rosterUser('csp-ga', ['globalAdmin'], 'cspOnly'),
    ];
    assert.deepEqual(
      holdersOf(roster, ['globalAdmin']).map((user) => user.aadObjectId),
      ['ga'],
    );
    assert.deepEqual(
      holdersOf(roster, requiredRolesFor('activateTechnical')).map((user) => user.aadObjectId),
      ['ga', 'mpa'],
    );
    assert.deepEqual(holdersOf(roster, []), []);
  });
});
