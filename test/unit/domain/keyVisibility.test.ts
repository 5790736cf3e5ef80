import { strict as assert } from 'node:assert';
import type { Benefit } from '../../../bot/domain';
import { mayRevealKeys, withoutKeys } from '../../../bot/domain/keyVisibility';
import { rosterUser, visualStudio } from './fixtures';

const software: Benefit = {
  benefitId: 'win',
  name: 'Windows 11 Enterprise',
  quantity: 10,
  status: 'active',
  category: 'software',
  activated: true,
  products: [
    {
      name: 'Windows 11 Enterprise 24H2',
      keys: ['KEY-1', 'KEY-2'],
      languages: ['en-US'],
      operatingSystems: ['x64'],
      downloadLinks: [{ language: 'en-US', os: 'x64', url: 'https://downloads.example/w11.iso' }],
    },
  ],
};

const licensed: Benefit = {
  benefitId: 'm365',
  name: 'Microsoft 365 E3',
  quantity: 10,
  status: 'available',
  category: 'cloud',
  billing: 'licenseBased',
  keys: ['KEY-3'],
  activationInstructions: 'Redeem in the admin center.',
};

describe('domain/keyVisibility (keys only for a Global admin or MPN partner admin, only in a personal chat)', () => {
  describe('mayRevealKeys', () => {
    it('shows keys to a Global admin and an MPN partner admin in a personal chat', () => {
      assert.equal(mayRevealKeys(rosterUser('ga', ['globalAdmin']), 'personal'), 'visible');
      assert.equal(mayRevealKeys(rosterUser('mpn', ['mpnPartnerAdmin']), 'personal'), 'visible');
    });

    for (const conversationType of ['groupChat', 'channel', '', undefined]) {
      it(`keeps them from a Global admin in a ${JSON.stringify(conversationType)} conversation`, () => {
        assert.equal(mayRevealKeys(rosterUser('ga', ['globalAdmin']), conversationType), 'personalChatOnly');
      });
    }

    it('keeps them from other roles and employees, even in a personal chat', () => {
      assert.equal(mayRevealKeys(rosterUser('ua', ['userAdmin']), 'personal'), 'roleRequired');
      assert.equal(mayRevealKeys(rosterUser('agent', ['adminAgent']), 'personal'), 'roleRequired');
      assert.equal(mayRevealKeys(rosterUser('employee'), 'personal'), 'roleRequired');
    });

    it('keeps them from a CSP-only account holding the role, and from someone outside the roster', () => {
      assert.equal(mayRevealKeys(rosterUser('csp', ['globalAdmin'], 'cspOnly'), 'personal'), 'cspOnly');
      assert.equal(mayRevealKeys(undefined, 'personal'), 'notInRoster');
    });

    it('names the role problem first: an employee in a group chat needs the role before a personal chat helps', () => {
      assert.equal(mayRevealKeys(rosterUser('employee'), 'groupChat'), 'roleRequired');
    });
  });

  describe('withoutKeys', () => {
    it('leaves every product of a software benefit without keys, and the rest as it was', () => {
      const stripped = withoutKeys(software);
      assert.ok(stripped.category === 'software');
      assert.deepEqual(stripped.products.map((product) => product.keys), [[]]);
      assert.deepEqual({ ...stripped.products[0], keys: undefined }, { ...(software).products[0], keys: undefined });
    });

    it('drops the keys of a cloud subscription but keeps its activation instructions', () => {
      const stripped = withoutKeys(licensed);
      assert.ok(!('keys' in stripped));
      assert.ok(stripped.category === 'cloud');
      assert.equal(stripped.activationInstructions, 'Redeem in the admin center.');
    });

    it('does not change the benefit it is given', () => {
      withoutKeys(software);
      withoutKeys(licensed);
      assert.ok(software.category === 'software' && software.products[0].keys.length === 2);
      assert.ok(licensed.category === 'cloud' && licensed.keys?.length === 1);
    });

    it('returns other categories as they are', () => {
      const benefit = visualStudio();
      assert.equal(withoutKeys(benefit), benefit);
    });
  });
});
