import {
  COLLEAGUE_NOT_IN_ROSTER,
  DEMO_TENANT_ID,
  DEMO_USER_NAMES,
  DEMO_USERS,
  type DemoUserName,
  type TeamsUser,
  displayName,
  emailOf,
} from './users';

/** The shape of `.m365agentsplayground.yml` (schema 0.1.1, checked by the Playground at start). */
export interface PlaygroundConfig {
  version: '0.1.1';
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: { id: string; name: string }[] };
}

/** `userPrincipleName` (sic) is the Playground's spelling. */
export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

export const DEMO_BOT = { id: '28:00000000-0000-0000-0000-00000000000011', name: 'MPN Benefits' };

/**
 * Fixed conversation ids, so that conversation references the bot stores stay valid from one start to the next
 * (without a config file the Playground invents a new personal chat id at every start).
 */
export const personalChatId = (name: DemoUserName): string => `a:demo-personal-chat-${name}`;
export const DEMO_GROUP_CHAT = { id: '19:demo-group-chat@thread.v2', name: 'Contoso partner team chat' };
export const DEMO_TEAM = {
  id: '19:demo-team-general@thread.tacv2',
  name: 'Contoso Cloud Partners',
  aadGroupId: '00000000-0000-0000-0000-000000000031',
  channels: [{ id: '19:demo-team-benefits@thread.tacv2', name: 'Partner benefits' }],
};

function toPlaygroundUser(user: TeamsUser): PlaygroundUser {
  const email = emailOf(user);
  return {
    id: user.teamsId,
    name: displayName(user),
    userPrincipleName: email,
    aadObjectId: user.aadObjectId,
    givenName: user.givenName,
    surname: user.surname,
    email,
  };
}

export function buildPlaygroundConfig(current: DemoUserName): PlaygroundConfig {
  const others = DEMO_USER_NAMES.filter((name) => name !== current).map((name) => toPlaygroundUser(DEMO_USERS[name]));
  return {
    version: '0.1.1',
    tenantId: DEMO_TENANT_ID,
    bot: DEMO_BOT,
    currentUser: toPlaygroundUser(DEMO_USERS[current]),
    users: [...others, toPlaygroundUser(COLLEAGUE_NOT_IN_ROSTER)],
    personalChat: { id: personalChatId(current) },
    groupChat: DEMO_GROUP_CHAT,
    team: DEMO_TEAM,
  };
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Block-style YAML; every scalar is written as JSON, which YAML reads back verbatim (ids hold `:` and `@`). */
function yamlLines(value: unknown, indent: string): string[] {
  if (isScalar(value)) return [`${indent}${JSON.stringify(value)}`];
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const [first = '', ...rest] = yamlLines(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => {
      if (isScalar(child)) return [`${indent}${key}: ${JSON.stringify(child)}`];
      if (Array.isArray(child) && child.length === 0) return [`${indent}${key}: []`];
      return [`${indent}${key}:`, ...yamlLines(child, `${indent}  `)];
    });
  }
  throw new TypeError(`cannot write ${typeof value} as YAML`);
}

export function renderPlaygroundYaml(config: PlaygroundConfig, current: DemoUserName): string {
  const header = [
    '# yaml-language-server: $schema=https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json',
    `# Microsoft 365 Agents Playground, chatting as demo user "${current}".`,
    '# Generated from scripts/playground/users.ts by `npx tsx scripts/playground/writeExamples.ts`: edit that file, not this one.',
  ];
  return [...header, ...yamlLines(config, ''), ''].join('\n');
}
