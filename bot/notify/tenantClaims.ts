import type { ConversationAddress } from '../domain/conversation';
import { ClaimQueue } from './claimQueue';
import type { Clock } from './clock';
import type { ConversationReferences } from './conversationReferences';
import type { Outbox, StoredNotification } from './outbox';
import type { OutboxWatch } from './outboxWatch';

/** A claimed notification on its way to its recipient's personal chat. */
export interface Delivery {
  notification: StoredNotification;
  /** Undefined when the recipient has no chat with the bot. */
  reference?: ConversationAddress;
  conversationKey: string;
  /** When its conversation can take it. */
  at: number;
}

export interface TenantClaimSettings {
  tenantId: string;
  instanceId: string;
  leaseMs: number;
  tenantRatePerSecond: number;
}

/** Finding due notifications is the costly request: one query feeds many claims. */
const QUERY_LIMIT = 10_000;
/** A claim holds this many seconds of sending, so the next one, claimed meanwhile, is ready before it is needed. */
const CLAIM_SECONDS = 2;
const MAX_CLAIM = 2_500;

/**
 * A claim holds no more than this instance can send in a quarter of the lease, so claims are sent long before their
 * lease runs out, even with the next batch claimed ahead.
 */
export function claimSize({ tenantRatePerSecond, leaseMs }: Pick<TenantClaimSettings, 'tenantRatePerSecond' | 'leaseMs'>): number {
  return Math.max(1, Math.min(MAX_CLAIM, tenantRatePerSecond * CLAIM_SECONDS, Math.floor((tenantRatePerSecond * leaseMs) / 4000)));
}

export interface TenantClaimDependencies {
  outbox: Pick<Outbox, 'findDue' | 'claim'>;
  conversations: Pick<ConversationReferences, 'findMany'>;
  watch: Pick<OutboxWatch, 'startLook' | 'movedSinceLook'>;
  clock: Clock;
  random: () => number;
}

/** One pass's claims on one company's outbox, a batch at a time, each with its recipients' conversations looked up. */
export class TenantClaims {
  private readonly queue: ClaimQueue;

  constructor(
    private readonly dependencies: TenantClaimDependencies,
    private readonly settings: TenantClaimSettings,
  ) {
    const { tenantId, instanceId, leaseMs } = settings;
    this.queue = new ClaimQueue(
      dependencies.outbox,
      dependencies.watch,
      { tenantId, instanceId, leaseMs, claimSize: claimSize(settings), queryLimit: QUERY_LIMIT },
      dependencies.clock,
      dependencies.random,
    );
  }

  /** The next batch claimed for this instance; empty when nothing is left. Not to be called concurrently. */
  async next(): Promise<Delivery[]> {
    const { tenantId } = this.settings;
    const batch = await this.queue.next();
    const references = await this.dependencies.conversations.findMany(
      tenantId,
      'personal',
      batch.map((notification) => notification.recipient),
    );
    return batch.map((notification, index) => ({
      notification,
      reference: references[index],
      conversationKey: `${tenantId}/${notification.recipient}`,
      at: 0,
    }));
  }
}
