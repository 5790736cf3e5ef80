import { strict as assert } from 'node:assert';
import type { OutboxDoc } from '../../../bot/domain/documents';
import { RenderedMessages } from '../../../bot/notify/renderedMessages';

const notification = (eventId: string, locale: string, recipient: string) => ({ eventId, locale, recipient }) as OutboxDoc;

describe('notify/renderedMessages', () => {
  it('builds an event’s message once per language, and hands out copies', () => {
    const built: string[] = [];
    const messages = new RenderedMessages((doc) => {
      built.push(`${doc.eventId}/${doc.locale}`);
      return { text: `${doc.eventId} in ${doc.locale}` };
    });
    const first = messages.for(notification('e', 'en', 'a'));
    first.summary = 'filled in by a sender';
    assert.deepEqual(messages.for(notification('e', 'en', 'b')), { text: 'e in en' });
    messages.for(notification('e', 'de', 'c'));
    messages.for(notification('f', 'en', 'a'));
    assert.deepEqual(built, ['e/en', 'e/de', 'f/en']);
  });

  it('keeps at most 256 messages, so a long-running dispatcher does not keep every event', () => {
    const built: string[] = [];
    const messages = new RenderedMessages((doc) => {
      built.push(doc.eventId);
      return { text: doc.eventId };
    });
    for (let index = 0; index <= 256; index += 1) messages.for(notification(`e${index}`, 'en', 'a'));
    messages.for(notification('e0', 'en', 'a'));
    assert.equal(built.length, 258, 'the first was built again once the 257th made room');
  });
});
