import { randomUUID } from 'node:crypto';

const TENANT = '00000000-0000-0000-0000-0000000000001';
const USERS = [
  '00000000-0000-0000-0000-0000000000020',
  '00000000-0000-0000-0000-0000000000021',
  '00000000-0000-0000-0000-0000000000022',
  '00000000-0000-0000-0000-0000000000023',
];

/** The turns of the mix: help, the benefits summary, "what's assigned to me", and one step of a dialog. */
export const TURN_TEXTS = {
  help: 'help',
  benefitsSummary: 'benefits',
  assignedToMe: "what's assigned to me",
  dialogStep: 'visual studio',
} as const;
export type TurnKind = keyof typeof TURN_TEXTS;

/** A Teams-shaped message from a demo user in one of their personal conversations with the bot. */
export function teamsMessage(kind: TurnKind, serviceUrl: string, userIndex: number, conversationIndex: number): string {
  const user = USERS[userIndex % USERS.length];
  return JSON.stringify({
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    locale: 'en-US',
    text: TURN_TEXTS[kind],
    from: { id: `29:${user}`, aadObjectId: user, name: 'Bench user' },
    recipient: { id: '28:bench-bot', name: 'MPN benefits' },
    conversation: { id: `a:bench-${user}-${conversationIndex}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  });
}

/**
 * The mix as autocannon request bodies: every turn kind for every user, in the one personal chat each person has with
 * the bot in Teams.
 */
export function mixedBodies(serviceUrl: string, conversations = 1): string[] {
  const kinds = Object.keys(TURN_TEXTS) as TurnKind[];
  const bodies: string[] = [];
  for (let conversation = 0; conversation < conversations; conversation += 1) {
    for (let user = 0; user < USERS.length; user += 1) {
      for (const kind of kinds) bodies.push(teamsMessage(kind, serviceUrl, user, conversation));
    }
  }
  return bodies;
}
