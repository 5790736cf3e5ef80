import { Cache, FOREVER, type CachePolicy } from '../domain/cache';
import type { OutboxDoc } from '../domain/documents';
import type { OutgoingMessage } from './proactiveSender';

const RENDERED_CARDS: CachePolicy = { name: 'notify.renderedCards', ttlMs: FOREVER, maxEntries: 256 };

/** One event reads the same in one language for everyone: a fan-out builds its card once per language. */
export class RenderedMessages {
  private readonly rendered = new Cache<OutgoingMessage>(RENDERED_CARDS);

  constructor(private readonly render: (notification: OutboxDoc) => OutgoingMessage) {}

  /** A copy of the message, for the sender to fill in. */
  for(notification: OutboxDoc): OutgoingMessage {
    const key = `${notification.eventId}\u0000${notification.locale}`;
    let message = this.rendered.get(key);
    if (!message) {
      message = this.render(notification);
      this.rendered.set(key, message);
    }
    return { ...message };
  }
}
