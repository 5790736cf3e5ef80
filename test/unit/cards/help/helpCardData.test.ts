import { strict as assert } from 'node:assert';
import { CardFactory } from 'botbuilder';
import type { TenantDoc, UserDoc } from '../../../../bot/domain/documents';
import { translatorFor, type Locale } from '../../../../bot/i18n';
import type { Caller } from '../../../../bot/services/caller';
import { helpCard, type HelpCardData } from '../../../../cards/help/help';
import { submitActionsOf } from '../../../support/cards';
import { commandsAvailableTo } from '../../../../bot/domain/commands';
import { recognizeCommand } from '../../../../dialogs/commands';
import { helpCardData, peopleList, roleNames } from '../../../../cards/help/helpCardData';

const TENANT_ID = '00000000-0000-0000-0000-0000000000001';
const en = translatorFor('en');
const de = translatorFor('de');

const tenant: TenantDoc = {
  id: 'tenant',
  type: 'tenant',
  tenantId: TENANT_ID,
  companyName: 'Contoso Cloud Partners',
  partnerCenterAccountEmail: 'partnercenter@contoso-partners.example',
  defaultLocale: 'en',
  membership: { networkMember: true, competencies: [{ name: 'Cloud Platform', level: 'silver', cloud: true }] },
};

function userDoc(
  aadObjectId: string,
  displayName: string,
  roles: UserDoc['roles'],
  accountType: UserDoc['accountType'] = 'mpn',
): UserDoc {
  const local = displayName.toLowerCase().replace(/\s+/g, '.');
  return {
    id: `user:${aadObjectId}`,
    type: 'user',
    tenantId: TENANT_ID,
    aadObjectId,
    displayName,
    email: `${local}@contoso-partners.example`,
    userPrincipalName: `${local}@contoso-partners.example`,
    roles,
    accountType,
  };
}

const alex = userDoc('00000000-0000-0000-0000-0000000000020', 'Alex Wilber', ['globalAdmin']);
const megan = userDoc('00000000-0000-0000-0000-0000000000021', 'Megan Bowen', ['mpnPartnerAdmin', 'userAdmin']);
const adele = userDoc('00000000-0000-0000-0000-0000000000023', 'Adele Vance', []);
const diego = userDoc('00000000-0000-0000-0000-0000000000024', 'Diego Siciliani', [], 'cspOnly');
const nina = userDoc('00000000-0000-0000-0000-0000000000025', 'Nina Admin', ['globalAdmin']);
const globalAdmins = [alex, nina];

function caller(user: UserDoc | undefined, locale: Locale = 'en', displayName = user?.displayName): Caller {
  return { tenantId: TENANT_ID, aadObjectId: user?.aadObjectId ?? 'aad-stranger', displayName, locale, tenant, user };
}

/** Every string in an expanded card, with the JSON path that holds it. */
function strings(node: unknown, path = '$'): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => strings(value, `${path}.${key}`));
  }
  return [];
}

type CardElement = { type: string; text?: string; facts?: { title: string; value: string }[] };

function expand(data: HelpCardData): { content: Record<string, unknown>; body: CardElement[]; texts: string[] } {
  const attachment = helpCard(data);
  assert.equal(attachment.contentType, CardFactory.contentTypes.adaptiveCard);
  const content = attachment.content;
  return { content, body: content.body as CardElement[], texts: strings(content).map(([, text]) => text) };
}

describe('cards/help/helpCardData', () => {
  describe('roleNames', () => {
    it('calls a user without Partner Center roles an employee', () => {
      assert.equal(roleNames(adele, en), en('roles.employee'));
    });

    it('lists each role by its translated name with the locale separator', () => {
      assert.equal(roleNames(megan, en), `${en('roles.mpnPartnerAdmin')}${en('roles.separator')}${en('roles.userAdmin')}`);
      const zh = translatorFor('zh-CN');
      assert.equal(roleNames(megan, zh), `${zh('roles.mpnPartnerAdmin')}${zh('roles.separator')}${zh('roles.userAdmin')}`);
      assert.notEqual(roleNames(megan, zh), roleNames(megan, en));
    });
  });

  describe('peopleList', () => {
    it('names the people in order', () => {
      assert.equal(peopleList([alex, nina], en), `Alex Wilber${en('roles.separator')}Nina Admin`);
    });

    it('says nobody when the list is empty', () => {
      assert.equal(peopleList([], en), en('help.nobody'));
      assert.equal(peopleList([], de), de('help.nobody'));
    });
  });

  describe('helpCardData', () => {
    it('greets a Global admin by name and company, shows the roles and no note', () => {
      const data = helpCardData(caller(alex), globalAdmins, en);
      assert.equal(data.title, en('help.title'));
      assert.equal(data.greeting, en('help.greeting', { name: 'Alex Wilber', company: 'Contoso Cloud Partners' }));
      assert.ok(data.greeting.includes('Alex Wilber') && data.greeting.includes('Contoso Cloud Partners'));
      assert.deepEqual(data.facts, [
        { label: en('help.company'), value: 'Contoso Cloud Partners' },
        { label: en('help.yourRoles'), value: en('roles.globalAdmin') },
      ]);
      assert.equal(data.note, '');
      assert.equal(data.commandsHeading, en('help.commandsHeading'));
    });

    it('lists the commands the caller may use, by their translated names', () => {
      const data = helpCardData(caller(alex), globalAdmins, en);
      assert.deepEqual(
        data.commands,
        commandsAvailableTo(alex).map((command) => ({
          key: command.key,
          name: en(`commands.${command.key}.name`),
          description: en(`commands.${command.key}.description`),
        })),
      );
      assert.ok(data.commands.length > 0);
    });

    it('tells an employee that only the named Global admins assign benefits', () => {
      const data = helpCardData(caller(adele), globalAdmins, en);
      assert.equal(data.note, en('help.assignNote', { admins: `Alex Wilber${en('roles.separator')}Nina Admin` }));
      assert.ok(data.note.includes('Alex Wilber') && data.note.includes('Nina Admin'), data.note);
      assert.deepEqual(data.facts[1], { label: en('help.yourRoles'), value: en('roles.employee') });
    });

    it('gives a non-global admin the assign note too', () => {
      const data = helpCardData(caller(megan), globalAdmins, en);
      assert.equal(data.note, en('help.assignNote', { admins: peopleList(globalAdmins, en) }));
    });

    it('says nobody is Global admin yet when the company has none', () => {
      const data = helpCardData(caller(adele), [], en);
      assert.ok(data.note.includes(en('help.nobody')), data.note);
    });

    it('tells a user outside the roster to ask the named Global admin to add them', () => {
      const data = helpCardData(caller(undefined, 'en', 'Nestor Wilke'), [alex], en);
      assert.equal(data.note, en('access.notInRoster', { admins: 'Alex Wilber' }));
      assert.ok(data.note.includes('Alex Wilber'));
      assert.notEqual(data.note, en('access.notInRosterNoAdmin'));
      assert.deepEqual(data.facts, [{ label: en('help.company'), value: 'Contoso Cloud Partners' }]);
      assert.equal(data.greeting, en('help.greeting', { name: 'Nestor Wilke', company: 'Contoso Cloud Partners' }));
    });

    it('tells a user outside the roster of a company without Global admin to ask the Global admin', () => {
      const data = helpCardData(caller(undefined, 'en', 'Nestor Wilke'), [], en);
      assert.equal(data.note, en('access.notInRosterNoAdmin'));
      assert.ok(!data.note.includes(en('help.nobody')));
    });

    it('tells a CSP-only account to sign in with an MPN account', () => {
      const data = helpCardData(caller(diego), globalAdmins, en);
      assert.equal(data.note, en('access.cspOnly'));
    });

    it('gives the CSP-only text even to a CSP-only account holding the Global admin role', () => {
      const cspAdmin = userDoc('aad-csp-admin', 'Casey Csp', ['globalAdmin'], 'cspOnly');
      assert.equal(helpCardData(caller(cspAdmin), globalAdmins, en).note, en('access.cspOnly'));
    });

    it('tells someone from a company not imported yet, greeting them as a guest without facts', () => {
      const unknown: Caller = { tenantId: 'other-tenant', aadObjectId: 'aad-x', displayName: 'Pat', locale: 'en' };
      const data = helpCardData(unknown, [], en);
      assert.equal(data.note, en('access.unknownTenant'));
      assert.equal(data.greeting, en('help.greetingGuest'));
      assert.deepEqual(data.facts, []);
    });

    it('greets as a guest when the name is unknown', () => {
      const data = helpCardData(caller(undefined, 'en', undefined), [alex], en);
      assert.equal(data.greeting, en('help.greetingGuest'));
    });

    it('speaks German to a German caller', () => {
      const english = helpCardData(caller(adele), globalAdmins, en);
      const german = helpCardData(caller(adele, 'de'), globalAdmins, de);
      assert.equal(german.title, de('help.title'));
      assert.equal(german.note, de('help.assignNote', { admins: peopleList(globalAdmins, de) }));
      assert.deepEqual(german.facts, [
        { label: de('help.company'), value: 'Contoso Cloud Partners' },
        { label: de('help.yourRoles'), value: de('roles.employee') },
      ]);
      for (const field of ['title', 'greeting', 'commandsHeading', 'note'] as const) {
        assert.notEqual(german[field], english[field], `${field} is not translated`);
      }
      assert.notDeepEqual(german.commands, english.commands);
    });

    it('speaks German to a German caller outside the roster and from an unknown company', () => {
      assert.equal(helpCardData(caller(undefined, 'de', 'Nestor'), [alex], de).note, de('access.notInRoster', { admins: 'Alex Wilber' }));
      assert.notEqual(de('access.notInRoster', { admins: 'x' }), en('access.notInRoster', { admins: 'x' }));
      assert.equal(helpCardData({ locale: 'de' }, [], de).note, de('access.unknownTenant'));
      assert.notEqual(de('access.unknownTenant'), en('access.unknownTenant'));
    });
  });

  describe('the expanded help card', () => {
    const cases: [string, HelpCardData][] = [
      ['Global admin', helpCardData(caller(alex), globalAdmins, en)],
      ['employee', helpCardData(caller(adele), globalAdmins, en)],
      ['user outside the roster', helpCardData(caller(undefined, 'en', 'Nestor Wilke'), [alex], en)],
      ['CSP-only account', helpCardData(caller(diego), globalAdmins, en)],
      ['unknown company', helpCardData({ locale: 'en' }, [], en)],
      ['German employee', helpCardData(caller(adele, 'de'), globalAdmins, de)],
      ['Chinese employee', helpCardData(caller(adele, 'zh-CN'), globalAdmins, translatorFor('zh-CN'))],
    ];

    for (const [who, data] of cases) {
      describe(`for a ${who}`, () => {
        const { content, body, texts } = expand(data);

        it('is an Adaptive Card 1.5', () => {
          assert.equal(content.type, 'AdaptiveCard');
          assert.equal(content.version, '1.5');
        });

        it('leaves no template expression unresolved', () => {
          const left = strings(content).filter(([, text]) => text.includes('${'));
          assert.deepEqual(left, []);
          assert.ok(!JSON.stringify(content).includes('$when') && !JSON.stringify(content).includes('$data'));
        });

        it('shows the title, greeting, commands heading and each command', () => {
          for (const text of [data.title, data.greeting, data.commandsHeading]) {
            assert.ok(texts.includes(text), `missing ${JSON.stringify(text)}`);
          }
          for (const command of data.commands) {
            assert.ok(texts.includes(command.name) && texts.includes(command.description), command.name);
          }
        });

        it('shows each fact, and the facts only when there are some', () => {
          const factSets = body.filter((element) => element.type === 'FactSet');
          const factTitles = factSets.flatMap((set) => (set.facts ?? []).map((fact) => fact.title));
          for (const fact of data.facts) {
            assert.ok(factSets.some((set) => set.facts?.some((shown) => shown.title === fact.label && shown.value === fact.value)), fact.label);
          }
          assert.equal(factSets.length, data.facts.length > 0 ? 1 : 0);
          if (data.facts.length === 0) assert.ok(!factTitles.includes(en('help.company')));
          for (const set of factSets) assert.ok((set.facts ?? []).length > 0, 'an empty FactSet');
        });

        it('shows the note exactly when there is one', () => {
          const blocks = body.filter((element) => element.type === 'TextBlock').map((element) => element.text);
          if (data.note === '') {
            assert.deepEqual(blocks, [data.title, data.greeting, data.commandsHeading]);
          } else {
            assert.ok(blocks.includes(data.note), data.note);
          }
        });

        it('offers each command as a button whose data the bot recognizes as that command, and no table of words to type', () => {
          const buttons = submitActionsOf(content);
          assert.deepEqual(
            buttons.map((button) => [button.title, recognizeCommand({ type: 'message', value: button.data })]),
            data.commands.map((command) => [command.name, command.key]),
          );
          assert.ok(data.commands.some((command) => command.key === 'language'), 'the language choice');
          const factTitles = body.filter((element) => element.type === 'FactSet').flatMap((set) => (set.facts ?? []).map((fact) => fact.title));
          for (const command of data.commands) assert.ok(!factTitles.includes(command.name), command.name);
        });
      });
    }

    it('omits the role FactSet when there are no facts', () => {
      const data = helpCardData({ locale: 'en' }, [], en);
      assert.deepEqual(data.facts, []);
      const { body } = expand(data);
      assert.equal(body.filter((element) => element.type === 'FactSet').length, 0);
    });

    it('shows the card text in German for a German caller', () => {
      const { texts } = expand(helpCardData(caller(adele, 'de'), globalAdmins, de));
      assert.ok(texts.includes(de('help.title')));
      assert.ok(!texts.includes(en('help.title')));
    });
  });
});
