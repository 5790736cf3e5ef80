/** The demo tenant as Teams sees it: same tenant and people as `examples/demo-tenant.json`. */
export const DEMO_TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const DEMO_EMAIL_DOMAIN = 'contoso-partners.example';

export interface TeamsUser {
  /** Teams (Bot Framework channel) user id, `29:…`; the bot should key people on `aadObjectId`, not on this. */
  teamsId: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
}

export interface DemoUser extends TeamsUser {
  /** What the demo tenant makes of this person, shown when the Playground starts. */
  description: string;
}

export const DEMO_USERS = {
  alex: {
    teamsId: '29:demo-alex-wilber',
    aadObjectId: '00000000-0000-0000-0000-0000000000020',
    givenName: 'Alex',
    surname: 'Wilber',
    description: 'Global admin',
  },
  megan: {
    teamsId: '29:demo-megan-bowen',
    aadObjectId: '00000000-0000-0000-0000-0000000000021',
    givenName: 'Megan',
    surname: 'Bowen',
    description: 'MPN partner admin',
  },
  lee: {
    teamsId: '29:demo-lee-gu',
    aadObjectId: '00000000-0000-0000-0000-0000000000022',
    givenName: 'Lee',
    surname: 'Gu',
    description: 'User admin',
  },
  adele: {
    teamsId: '29:demo-adele-vance',
    aadObjectId: '00000000-0000-0000-0000-0000000000023',
    givenName: 'Adele',
    surname: 'Vance',
    description: 'employee',
  },
  diego: {
    teamsId: '29:demo-diego-siciliani',
    aadObjectId: '00000000-0000-0000-0000-0000000000024',
    givenName: 'Diego',
    surname: 'Siciliani',
    description: 'CSP-only account',
  },
} as const satisfies Record<string, DemoUser>;

export type DemoUserName = keyof typeof DEMO_USERS;
export const DEMO_USER_NAMES = Object.keys(DEMO_USERS) as DemoUserName[];
export const DEFAULT_DEMO_USER: DemoUserName = 'alex';

/**
 * The Playground wants exactly five `users` besides `currentUser`, and the current user may not repeat among them,
 * so the four other demo users leave one seat: a colleague who is in the Teams tenant but not in the bot's roster.
 */
export const COLLEAGUE_NOT_IN_ROSTER: TeamsUser = {
  teamsId: '29:demo-patti-fernandez',
  aadObjectId: '00000000-0000-0000-0000-0000000000099',
  givenName: 'Patti',
  surname: 'Fernandez',
};

export const displayName = (user: TeamsUser): string => `${user.givenName} ${user.surname}`;

export const emailOf = (user: TeamsUser): string =>
  `${user.givenName}.${user.surname}@${DEMO_EMAIL_DOMAIN}`.toLowerCase();

export class UnknownDemoUserError extends Error {
  constructor(readonly requested: string) {
    super(`Unknown demo user "${requested}". Choose one of: ${DEMO_USER_NAMES.join(', ')}.`);
    this.name = 'UnknownDemoUserError';
  }
}

export function isDemoUserName(name: string): name is DemoUserName {
  return Object.prototype.hasOwnProperty.call(DEMO_USERS, name);
}

/** Accepts any letter case, so `--as Megan` works. */
export function parseDemoUserName(name: string): DemoUserName {
  const key = name.trim().toLowerCase();
  if (!isDemoUserName(key)) throw new UnknownDemoUserError(name);
  return key;
}
