import type { Locale, Translate } from '../../bot/i18n';
import type { Outcome } from '../../bot/services/outcome';
import { unsuccessfulText } from '../present/outcomeText';

/** A card's note for a button it leaves out: the text of the refusal pressing it would give. */
export function refusalNote(refusal: Outcome<never> | undefined, t: Translate, locale: Locale): string | undefined {
  return refusal && refusal.kind !== 'done' ? unsuccessfulText(refusal, t, locale) : undefined;
}
