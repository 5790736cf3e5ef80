import type { Locale, Translate } from '../../bot/i18n';
import type { Outcome } from '../../bot/services/outcome';
import { formatParams } from '../../cards/shared/formatting';

/** The sentence that tells the user why nothing happened. */
export function unsuccessfulText(outcome: Exclude<Outcome<unknown>, { kind: 'done' }>, t: Translate, locale: Locale): string {
  if (outcome.kind === 'invalid') return t('refusals.invalidInput');
  return t(`refusals.${outcome.code}`, formatParams(outcome.params, t, locale));
}
