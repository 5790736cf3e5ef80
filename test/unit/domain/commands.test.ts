import { strict as assert } from 'node:assert';
import { COMMANDS, commandsAvailableTo } from '../../../bot/domain/commands';
import { authorize } from '../../../bot/domain/permissions';
import type { RosterUser } from '../../../bot/domain/user';

function user(roles: RosterUser['roles'], accountType: RosterUser['accountType'] = 'mpn'): RosterUser {
  return { aadObjectId: `aad-${roles.join('-')}-${accountType}`, displayName: 'Someone', email: 'someone@contoso.example', roles, accountType };
}

describe('domain/commands', () => {
  describe('commandsAvailableTo', () => {
    const people: [string, RosterUser | undefined][] = [
      ['someone not in the roster', undefined],
      ['a CSP-only account', user(['globalAdmin'], 'cspOnly')],
      ['an employee', user([])],
      ['a Global admin', user(['globalAdmin'])],
      ['an MPN partner admin', user(['mpnPartnerAdmin'])],
    ];

    for (const [who, person] of people) {
      it(`gives ${who} exactly the commands they are authorized for, in catalog order`, () => {
        const expected = COMMANDS.filter(
          (command) => command.action === undefined || authorize(person, command.action).allowed,
        );
        assert.deepEqual(commandsAvailableTo(person), expected);
      });

      it(`always offers help to ${who}`, () => {
        assert.ok(commandsAvailableTo(person).some((command) => command.key === 'help'));
      });
    }

    it('never offers a command that needs a permission to someone outside the roster', () => {
      assert.ok(commandsAvailableTo(undefined).every((command) => command.action === undefined));
    });

    it('lists every command for a Global admin who is also an MPN partner admin', () => {
      assert.deepEqual(commandsAvailableTo(user(['globalAdmin', 'mpnPartnerAdmin'])), [...COMMANDS]);
    });
  });
});
