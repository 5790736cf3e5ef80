import { strict as assert } from 'node:assert';

/** The Adaptive Card content of a captured activity; fails the test when there is none. */
export function cardOf(activity: Record<string, unknown> | undefined): Record<string, unknown> {
  const attachments = activity?.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined;
  const card = attachments?.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive');
  assert.ok(card, `expected an Adaptive Card in ${JSON.stringify(activity).slice(0, 300)}`);
  return card.content;
}

/** Every input of a card by id, however deeply nested. */
export function inputsOf(card: unknown): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (typeof element.type === 'string' && element.type.startsWith('Input.') && typeof element.id === 'string') {
        found.set(element.id, element);
      }
      Object.values(element).forEach(visit);
    }
  };
  visit(card);
  return found;
}

/** The data of every Action.Submit of a card, however deeply nested. */
export function submitActionsOf(card: unknown): { title: string; data: Record<string, unknown> }[] {
  const found: { title: string; data: Record<string, unknown> }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'Action.Submit') found.push({ title: String(element.title), data: (element.data ?? {}) as Record<string, unknown> });
      Object.values(element).forEach(visit);
    }
  };
  visit(card);
  return found;
}

/** Whether any text of a card (a TextBlock's, a fact's, a title) holds the expected text, as the card carries it. */
export function cardShows(card: unknown, expected: string): boolean {
  const visit = (node: unknown): boolean =>
    typeof node === 'string' ? node.includes(expected) : node !== null && typeof node === 'object' && Object.values(node).some(visit);
  return visit(card);
}

export interface ExecuteAction {
  title: string;
  verb: string;
  data: Record<string, unknown>;
  associatedInputs?: unknown;
}

/** Every Action.Execute button of a card, however deeply nested; the card's refresh is not a button. */
export function executeActionsOf(card: unknown): ExecuteAction[] {
  const found: ExecuteAction[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'Action.Execute') {
        const data = (element.data ?? {}) as Record<string, unknown>;
        found.push({ title: String(element.title), verb: String(element.verb), data, associatedInputs: element.associatedInputs });
      }
      Object.entries(element).forEach(([key, value]) => key !== 'refresh' && visit(value));
    }
  };
  visit(card);
  return found;
}

/** A card's refresh: the verb and data Teams sends back, and whom it refreshes for. */
export function refreshOf(card: Record<string, unknown>): { verb: string; data: Record<string, unknown>; userIds: string[] } {
  const refresh = card.refresh as { action?: { type?: string; verb?: string; data?: Record<string, unknown> }; userIds?: string[] } | undefined;
  assert.equal(refresh?.action?.type, 'Action.Execute', 'the card refreshes with an Action.Execute');
  return { verb: String(refresh.action.verb), data: refresh.action.data ?? {}, userIds: refresh.userIds ?? [] };
}
