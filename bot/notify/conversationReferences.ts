import { Cache, type CachePolicy } from '../domain/cache';
import { conversationAddressOf, tenantIdOf, type ConversationAddress, type IncomingActivity } from '../domain/conversation';
import { ConversationRefDoc, conversationRefDocId, type ConversationScope } from '../domain/documents';
import type { TenantDocuments } from '../store/tenantDocuments';

interface ReferenceTarget {
  tenantId: string;
  scope: ConversationScope;
  key: string;
}

/**
 * How long an unchanged reference is not written again. Another instance may have retired it in between (the person
 * blocked the bot), so it is written again after a while rather than never.
 */
const UNCHANGED_REFERENCES: CachePolicy = {
  name: 'conversationReferences.lastSaved',
  ttlMs: 10 * 60_000,
  // A reference is some hundred bytes; a person or team beyond this many is written once more than needed.
  maxEntries: 20_000,
};

/**
 * Where proactive messages can later be sent: one reference per user (personal chat) and per team.
 * Unchanged references are not written again for a while, so an ordinary turn costs no write.
 */
export class ConversationReferences {
  /** The reference last written, as JSON, per target. */
  private readonly lastSaved: Cache<string>;

  constructor(
    private readonly documents: TenantDocuments,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.lastSaved = new Cache(UNCHANGED_REFERENCES, () => this.now().getTime());
  }

  async remember(activity: IncomingActivity): Promise<void> {
    const target = referenceTarget(activity);
    if (!target) return;
    const reference = conversationAddressOf(activity);
    const id = conversationRefDocId(target.scope, target.key);
    const cacheKey = `${target.tenantId}/${id}`;
    const serialized = JSON.stringify(reference);
    if (this.lastSaved.get(cacheKey) === serialized) return;
    const document: ConversationRefDoc = {
      id,
      tenantId: target.tenantId,
      type: 'conversationRef',
      scope: target.scope,
      key: target.key,
      reference: JSON.parse(serialized) as ConversationRefDoc['reference'],
      updatedAt: this.now().toISOString(),
    };
    await this.documents.upsert(document);
    this.lastSaved.set(cacheKey, serialized);
  }

  /** The references of many people or teams in a few requests, in the order of `keys`. */
  async findMany(tenantId: string, scope: ConversationScope, keys: readonly string[]): Promise<(ConversationAddress | undefined)[]> {
    const documents = await this.documents.readMany(tenantId, keys.map((key) => conversationRefDocId(scope, key)));
    return documents.map((document) => (document ? (ConversationRefDoc.parse(document).reference as ConversationAddress) : undefined));
  }

  async forget(activity: IncomingActivity): Promise<void> {
    const target = referenceTarget(activity);
    if (!target) return;
    await this.retire(target.tenantId, target.scope, target.key);
  }

  /** Teams answered that the bot may no longer write there (blocked, removed, chat gone). */
  async retire(tenantId: string, scope: ConversationScope, key: string): Promise<void> {
    const id = conversationRefDocId(scope, key);
    this.lastSaved.delete(`${tenantId}/${id}`);
    await this.documents.delete(tenantId, id);
  }

  /** The people of a company the bot can write to in their personal chat. */
  async reachablePeople(tenantId: string): Promise<Set<string>> {
    const documents = await this.documents.query<ConversationRefDoc>(tenantId, {
      where: "c.type = 'conversationRef' AND c.scope = 'personal'",
    });
    return new Set(documents.map((document) => document.key));
  }
}

function referenceTarget(activity: IncomingActivity): ReferenceTarget | undefined {
  const tenantId = tenantIdOf(activity);
  if (!tenantId) return undefined;
  const conversationType = activity.conversation?.conversationType;
  if (conversationType === 'personal' && activity.from?.aadObjectId) {
    return { tenantId, scope: 'personal', key: activity.from.aadObjectId };
  }
  const teamId = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  if (conversationType === 'channel' && typeof teamId === 'string') {
    return { tenantId, scope: 'team', key: teamId };
  }
  return undefined;
}
