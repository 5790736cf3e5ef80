import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseImportFile } from '../../../bot/services/importTenant';
import { buildPlaygroundConfig, renderPlaygroundYaml } from '../../../scripts/playground/playgroundConfig';
import { DEMO_TENANT_ID, DEMO_USER_NAMES, DEMO_USERS } from '../../../scripts/playground/users';

const root = join(__dirname, '..', '..', '..');

describe('the Agents Playground demo users', () => {
  const demo = parseImportFile(JSON.parse(readFileSync(join(root, 'examples', 'demo-tenant.json'), 'utf8')));

  it('chat in the demo company', () => {
    assert.equal(DEMO_TENANT_ID, demo.tenant.tenantId);
  });

  it('are each in the demo roster, with the role the README promises', () => {
    const expectedRoles: Record<string, string[]> = {
      alex: ['globalAdmin'],
      megan: ['mpnPartnerAdmin'],
      lee: ['userAdmin'],
      adele: [],
      diego: [],
    };
    for (const name of DEMO_USER_NAMES) {
      const rosterEntry = demo.users.find((user) => user.aadObjectId === DEMO_USERS[name].aadObjectId);
      assert.ok(rosterEntry, `${name} is in the roster`);
      assert.deepEqual(rosterEntry.roles, expectedRoles[name], name);
    }
    const diego = demo.users.find((user) => user.aadObjectId === DEMO_USERS.diego.aadObjectId);
    assert.equal(diego?.accountType, 'cspOnly');
  });

  it('have their committed Playground configuration up to date', () => {
    for (const name of DEMO_USER_NAMES) {
      const committed = readFileSync(join(root, 'examples', 'playground', `${name}.yml`), 'utf8');
      assert.equal(committed, renderPlaygroundYaml(buildPlaygroundConfig(name), name), `${name}.yml is stale`);
    }
  });
});
