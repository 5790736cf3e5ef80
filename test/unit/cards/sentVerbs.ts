import { isRecord } from '../../../dialogs/cardAction';

/**
 * The verbs a card can send, wherever its actions sit (buttons, select actions, show cards, its refresh): each
 * Action.Execute's `verb` and each Action.Submit's `data.action`.
 */
export function verbsSentBy(card: unknown): string[] {
  if (Array.isArray(card)) return card.flatMap(verbsSentBy);
  if (!isRecord(card)) return [];
  const own = verbOf(card);
  return [...(own === undefined ? [] : [own]), ...Object.values(card).flatMap(verbsSentBy)];
}

function verbOf(element: Record<string, unknown>): string | undefined {
  if (element.type === 'Action.Execute' && typeof element.verb === 'string') return element.verb;
  if (element.type === 'Action.Submit' && isRecord(element.data) && typeof element.data.action === 'string') return element.data.action;
  return undefined;
}

export interface VerbMismatches {
  /** Verbs a card sends that no handler answers. */
  unanswered: string[];
  /** Handlers no card can reach. */
  unreachable: string[];
}

export function verbMismatches(sent: Iterable<string>, handled: Iterable<string>): VerbMismatches {
  const sentSet = new Set(sent);
  const handledSet = new Set(handled);
  return {
    unanswered: [...sentSet].filter((verb) => !handledSet.has(verb)).sort(),
    unreachable: [...handledSet].filter((verb) => !sentSet.has(verb)).sort(),
  };
}

/** Audited actions that no card sends as a verb: their buttons would send another name than the audit records. */
export function auditedWithoutVerb(audited: Iterable<string>, handled: Iterable<string>): string[] {
  const handledSet = new Set(handled);
  return [...audited].filter((name) => !handledSet.has(name)).sort();
}
