/** The parts of a Teams manifest that the package build and its checks read; the schema checks the rest. */
export interface ManifestFields {
  manifestVersion?: unknown;
  version?: unknown;
  name?: { short?: unknown; full?: unknown };
  description?: { short?: unknown; full?: unknown };
  icons?: { color?: unknown; outline?: unknown };
  localizationInfo?: {
    defaultLanguageTag?: unknown;
    defaultLanguageFile?: unknown;
    additionalLanguages?: { languageTag?: unknown; file?: unknown }[];
  };
  bots?: { commandLists?: { commands?: unknown[] }[] }[];
}

export const MANIFEST_FILE = 'manifest.json';

interface LocalizationFileReference {
  languageTag: string;
  file: string;
}

export function localizationFiles(manifest: ManifestFields): LocalizationFileReference[] {
  const info = manifest.localizationInfo;
  const files = (info?.additionalLanguages ?? []).map((language) => ({
    languageTag: String(language.languageTag),
    file: String(language.file),
  }));
  if (typeof info?.defaultLanguageFile === 'string') {
    files.unshift({ languageTag: String(info.defaultLanguageTag), file: info.defaultLanguageFile });
  }
  return files;
}

/** Every file the manifest points to, which is every file an app package may hold beside the manifest. */
export function referencedFiles(manifest: ManifestFields): string[] {
  const icons = [manifest.icons?.color, manifest.icons?.outline].filter((file) => typeof file === 'string');
  return [...new Set([...icons, ...localizationFiles(manifest).map((reference) => reference.file)])];
}

/** The manifest strings a localization file translates, by the key Teams gives them in that file. */
export function localizableKeys(manifest: ManifestFields): string[] {
  const keys = ['name.short', ...(manifest.name?.full === undefined ? [] : ['name.full']), 'description.short', 'description.full'];
  (manifest.bots ?? []).forEach((bot, botIndex) =>
    (bot.commandLists ?? []).forEach((list, listIndex) =>
      (list.commands ?? []).forEach((_, commandIndex) => {
        const prefix = `bots[${botIndex}].commandLists[${listIndex}].commands[${commandIndex}]`;
        keys.push(`${prefix}.title`, `${prefix}.description`);
      }),
    ),
  );
  return keys;
}
