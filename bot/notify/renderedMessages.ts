import type { OutboxDoc } from '../domain/documents';
import type { OutgoingMessage } from './proactiveSender';

const RENDERED_CARDS_KEPT = 256;

/** One event reads the same in one language for everyone: a fan-out builds its card once per language. */
export class RenderedMessages {
  private readonly rendered = new Map<string, OutgoingMessage>();

  constructor(private readonly render: (notification: OutboxDoc) => OutgoingMessage) {}

  /** A copy of the message, for the sender to fill in. */
  for(notification: OutboxDoc): OutgoingMessage {
    const key = `${notification.eventId}\u0000${notification.locale}`;
    let message = this.rendered.get(key);
    if (!message) {
      if (this.rendered.size >= RENDERED_CARDS_KEPT) this.rendered.clear();
      message = this.render(notification);
      this.rendered.set(key, message);
    }
    return { ...message };
  }
}
