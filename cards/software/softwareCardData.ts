import type { SoftwareKeysCardData } from './softwareKeys';
import { revealedKeysData } from '../shared/revealedKeys';
import type { SoftwareProductCardData } from './softwareProduct';
import type { Locale, Translate } from '../../bot/i18n';
import type { RevealedSoftwareKeys, SoftwareProductView } from '../../bot/services/softwareKeys';
import { escapeMarkdown, withoutMarkdownEscapes } from '../../bot/i18n/markdown';

/** A language tag of a download (`de-DE`) as the reader names it ("Deutsch (Deutschland)"). */
export function languageName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The product's language closest to the reader's, so the usual choice needs no click. */
function preferredLanguage(languages: readonly string[], locale: Locale): string {
  const primary = locale.split('-')[0].toLowerCase();
  return (
    languages.find((tag) => tag.toLowerCase() === locale.toLowerCase()) ??
    languages.find((tag) => tag.split('-')[0].toLowerCase() === primary) ??
    languages[0] ??
    ''
  );
}

export interface SoftwareProductCardView {
  view: SoftwareProductView;
  /** Why this caller gets no keys here (the text of the refusal a Get keys would give); undefined when they would. */
  keyRefusal?: string;
  /** What the last Get keys sent, kept where the product offers it. */
  chosen?: { language?: unknown; os?: unknown };
  /** Why the last Get keys gave no keys; undefined otherwise. */
  error?: string;
}

/** A chosen value the product offers, else the default: a value not among the choices would show as nothing. */
function offered(value: unknown, choices: readonly string[], otherwise: string): string {
  return typeof value === 'string' && choices.includes(value) ? value : otherwise;
}

export function softwareProductCardData(card: SoftwareProductCardView, t: Translate, locale: Locale): SoftwareProductCardData {
  const { view, keyRefusal, chosen } = card;
  const { product } = view;
  const languages = product.languages.map((tag) => ({ title: languageName(tag, locale), value: tag }));
  const operatingSystems = product.operatingSystems.map((os) => ({ title: os, value: os }));
  return {
    benefitId: view.benefitId,
    product: product.name,
    title: escapeMarkdown(product.name),
    subtitle: t('software.subtitle', { benefit: view.benefitName }),
    languages,
    operatingSystems,
    getKeys: {
      visible: keyRefusal === undefined,
      intro: t('software.intro'),
      languageLabel: t('software.languageLabel'),
      languageError: t('software.languageError'),
      language: offered(chosen?.language, product.languages, preferredLanguage(product.languages, locale)),
      osLabel: t('software.osLabel'),
      osError: t('software.osError'),
      os: offered(chosen?.os, product.operatingSystems, product.operatingSystems[0] ?? ''),
      error: card.error ?? '',
      button: t('software.getKeysButton'),
    },
    facts: [
      { label: t('software.facts.languages'), value: languages.map((language) => escapeMarkdown(language.title)).join(t('roles.separator')) },
      { label: t('software.facts.operatingSystems'), value: product.operatingSystems.map(escapeMarkdown).join(t('roles.separator')) },
    ],
    note: keyRefusal ?? '',
  };
}

export function softwareKeysCardData(revealed: RevealedSoftwareKeys, t: Translate, locale: Locale): SoftwareKeysCardData {
  const language = languageName(revealed.language, locale);
  return {
    title: t('software.keysTitle', { product: revealed.product }),
    facts: [
      { label: t('software.facts.benefit'), value: escapeMarkdown(revealed.benefitName) },
      { label: t('software.languageLabel'), value: escapeMarkdown(language) },
      { label: t('software.osLabel'), value: escapeMarkdown(revealed.os) },
    ],
    ...revealedKeysData('software', revealed.keys, revealed.specialInstructions, t),
    downloadsHeading: t('software.downloadsHeading'),
    downloads: revealed.downloadLinks.map((url) => ({
      title: withoutMarkdownEscapes(t('software.downloadButton', { language, os: revealed.os })),
      url,
    })),
    noDownload: revealed.downloadLinks.length === 0 ? t('software.noDownload', { language, os: revealed.os }) : '',
  };
}
