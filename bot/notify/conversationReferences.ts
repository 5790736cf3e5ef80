import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { ConversationRefDoc, conversationRefDocId, type ConversationScope } from '../domain/documents';
import type { TenantDocuments } from '../store/tenantDocuments';
import { tenantIdOf } from '../services/caller';

interface ReferenceTarget {
  tenantId: string;
  scope: ConversationScope;
  key: string;
}

/**
 * Where proactive messages can later be sent: one reference per user (personal chat) and per team.
 * Unchanged references are not written again, so an ordinary turn costs no write.
 */
export class ConversationReferences {
  private readonly lastSaved = new Map<string, string>();

  constructor(
    private readonly documents: TenantDocuments,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async remember(activity: Activity): Promise<void> {
    const target = referenceTarget(activity);
    if (!target) return;
    const reference = TurnContext.getConversationReference(activity);
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
      reference: JSON.parse(serialized),
      updatedAt: this.now().toISOString(),
    };
    await this.documents.upsert(document);
    this.lastSaved.set(cacheKey, serialized);
  }

  async find(tenantId: string, scope: ConversationScope, key: string): Promise<Partial<ConversationReference> | undefined> {
    const document = await this.documents.read(tenantId, conversationRefDocId(scope, key));
    return document ? (ConversationRefDoc.parse(document).reference as Partial<ConversationReference>) : undefined;
  }

  async forget(activity: Activity): Promise<void> {
    const target = referenceTarget(activity);
    if (!target) return;
    const id = conversationRefDocId(target.scope, target.key);
    this.lastSaved.delete(`${target.tenantId}/${id}`);
    await this.documents.delete(target.tenantId, id);
  }
}

function referenceTarget(activity: Activity): ReferenceTarget | undefined {
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
