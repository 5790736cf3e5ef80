import type { Translate } from '../../bot/i18n';
import { escapeMarkdown } from '../../bot/i18n/markdown';

/** The part every keys card shares: the keys, what to do with them, and to keep them secret. */
export interface RevealedKeysData {
  keysHeading: string;
  keys: { value: string }[];
  noKeys: string;
  instructionsHeading: string;
  instructions: string;
  keepSecret: string;
}

/** Its phrases come from `<catalog>.keysHeading`, `.noKeys`, `.instructionsHeading` and `.keepSecret`. */
export function revealedKeysData(catalog: 'cloud' | 'software', keys: readonly string[], instructions: string | undefined, t: Translate): RevealedKeysData {
  return {
    keysHeading: t(`${catalog}.keysHeading`),
    keys: keys.map((value) => ({ value: escapeMarkdown(value) })),
    noKeys: keys.length === 0 ? t(`${catalog}.noKeys`) : '',
    instructionsHeading: t(`${catalog}.instructionsHeading`),
    instructions: escapeMarkdown(instructions ?? ''),
    keepSecret: t(`${catalog}.keepSecret`),
  };
}
