import { z } from 'zod';

/**
 * The shape of an incoming activity, as far as the bot reads it. Teams sends many more fields than these, so unknown
 * fields pass; a field the bot reads must have the type the code expects, so a forged value never reaches a turn.
 * Optional fields may be null: some clients serialize an absent value that way.
 */
const text = z.string().max(100_000);
const identifier = z.string().max(1024);

const account = z.looseObject({
  id: identifier.nullish(),
  name: text.nullish(),
  aadObjectId: identifier.nullish(),
  role: identifier.nullish(),
});

const conversation = z.looseObject({
  id: identifier,
  tenantId: identifier.nullish(),
  conversationType: identifier.nullish(),
  isGroup: z.boolean().nullish(),
  name: text.nullish(),
});

/** The connector the replies go to: without one, botbuilder would fall back to the public Bot Framework address. */
const serviceUrl = z.url({ protocol: /^https?$/ }).max(2048);

export const ActivitySchema = z.looseObject({
  type: identifier.min(1),
  id: identifier.nullish(),
  serviceUrl,
  channelId: identifier.nullish(),
  from: account.nullish(),
  recipient: account.nullish(),
  conversation,
  text: text.nullish(),
  value: z.record(z.string(), z.unknown()).nullish(),
  locale: identifier.nullish(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: identifier.nullish() }).nullish() }).nullish(),
  replyToId: identifier.nullish(),
  membersAdded: z.array(account).nullish(),
  membersRemoved: z.array(account).nullish(),
  entities: z.array(z.looseObject({ type: identifier })).nullish(),
  timestamp: identifier.nullish(),
  localTimestamp: identifier.nullish(),
  name: identifier.nullish(),
  action: identifier.nullish(),
  deliveryMode: identifier.nullish(),
  attachments: z.array(z.looseObject({ contentType: identifier, contentUrl: text.nullish(), name: text.nullish() })).nullish(),
});

export type IncomingActivity = z.infer<typeof ActivitySchema>;
