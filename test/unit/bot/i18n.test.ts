import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PartnerCenterRole } from '../../../bot/domain/roles';
import {
  catalogs,
  normalizeCommandText,
  phrasesFor,
  resolveLocale,
  SUPPORTED_LOCALES,
  translatorFor,
  type Locale,
} from '../../../bot/i18n';
import { COMMANDS } from '../../../bot/domain/commands';

const ROOT = join(__dirname, '..', '..', '..');
const LOCALES_DIR = join(ROOT, 'bot', 'i18n', 'locales');

/** Every leaf of a catalog by its dotted path. */
function leaves(catalog: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (catalog !== null && typeof catalog === 'object' && !Array.isArray(catalog)) {
    for (const [key, value] of Object.entries(catalog)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
      } else {
        found.set(path, value);
      }
    }
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((match) => match[1]).sort();
}

function featureFiles(locale: string): string[] {
  return readdirSync(join(LOCALES_DIR, locale)).filter((file) => file.endsWith('.json')).sort();
}

/** Source files where translation keys are used. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('bot/i18n', () => {
  const english = leaves(catalogs.en);

  describe('catalogs', () => {
    it('has one catalog folder per supported locale and no other', () => {
      assert.deepEqual(readdirSync(LOCALES_DIR).sort(), [...SUPPORTED_LOCALES].sort());
    });

    it('has the same feature files in every locale', () => {
      for (const locale of SUPPORTED_LOCALES) assert.deepEqual(featureFiles(locale), featureFiles('en'), locale);
    });

    it('serves every feature file of a locale, as it is on disk', () => {
      for (const locale of SUPPORTED_LOCALES) {
        for (const file of featureFiles(locale)) {
          const onDisk = leaves(JSON.parse(readFileSync(join(LOCALES_DIR, locale, file), 'utf8')));
          const served = leaves(catalogs[locale]);
          for (const [path, value] of onDisk) assert.equal(served.get(path), value, `${locale}/${file}: ${path}`);
        }
      }
    });

    it('has text in every English key', () => {
      assert.ok(english.size > 0);
      const bad = [...english].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([path]) => path);
      assert.deepEqual(bad, [], `empty or non-text keys in en: ${bad.join(', ')}`);
    });

    for (const locale of SUPPORTED_LOCALES.filter((candidate) => candidate !== 'en')) {
      describe(locale, () => {
        const translated = leaves(catalogs[locale]);

        it('has exactly the keys of en', () => {
          const missing = [...english.keys()].filter((path) => !translated.has(path));
          const extra = [...translated.keys()].filter((path) => !english.has(path));
          assert.deepEqual(
            { missing, extra },
            { missing: [], extra: [] },
            `${locale}: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`,
          );
        });

        it('has no empty or non-text value', () => {
          const bad = [...translated]
            .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
            .map(([path]) => path);
          assert.deepEqual(bad, [], `${locale}: empty or non-text keys ${bad.join(', ')}`);
        });

        it('uses the same {{placeholders}} as en in every key', () => {
          const different = [...english]
            .filter(([path]) => translated.has(path))
            .filter(([path, value]) => {
              const mine = translated.get(path);
              return typeof value === 'string' && typeof mine === 'string' &&
                placeholders(value).join(',') !== placeholders(mine).join(',');
            })
            .map(([path, value]) => `${path}: en {${placeholders(value as string).join(',')}} vs ${locale} {${placeholders(translated.get(path) as string).join(',')}}`);
          assert.deepEqual(different, [], different.join('\n'));
        });

        it('actually translates the help title', () => {
          assert.notEqual(translated.get('help.title'), english.get('help.title'));
        });
      });
    }

    it('holds every literal key the code asks for', () => {
      const used = new Set<string>();
      for (const dir of ['bot', 'dialogs', 'cards']) {
        for (const file of sourceFiles(join(ROOT, dir))) {
          for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) used.add(match[1]);
        }
      }
      assert.ok(used.size > 0, 'found no t(…) calls to check');
      const missing = [...used].filter((key) => typeof english.get(key) !== 'string');
      assert.deepEqual(missing, [], `keys used in code but missing from en: ${missing.join(', ')}`);
    });

    it('names every Partner Center role and describes every command', () => {
      const needed = [
        ...PartnerCenterRole.options.map((role) => `roles.${role}`),
        ...COMMANDS.flatMap((command) => ['name', 'description', 'phrases'].map((part) => `commands.${command.key}.${part}`)),
      ];
      const missing = needed.filter((key) => !english.has(key));
      assert.deepEqual(missing, []);
    });
  });

  describe('resolveLocale', () => {
    const cases: [string | undefined, Locale][] = [
      ['de-DE', 'de'],
      ['de-AT', 'de'],
      ['de-CH', 'de'],
      ['de', 'de'],
      ['nl-NL', 'nl'],
      ['nl-BE', 'nl'],
      ['zh-CN', 'zh-CN'],
      ['zh-cn', 'zh-CN'],
      ['zh-Hans', 'zh-CN'],
      ['zh-Hans-CN', 'zh-CN'],
      ['zh-TW', 'zh-CN'],
      ['de_DE', 'de'],
      [' DE-de ', 'de'],
      ['en-GB', 'en'],
      ['en-US', 'en'],
      ['fr-FR', 'en'],
      ['deu', 'en'],
      [undefined, 'en'],
      ['', 'en'],
    ];
    for (const [input, expected] of cases) {
      it(`maps ${JSON.stringify(input)} to ${expected}`, () => {
        assert.equal(resolveLocale(input), expected);
      });
    }
  });

  describe('translatorFor', () => {
    it('gives German text for German', () => {
      const german = translatorFor('de')('help.title');
      assert.notEqual(german, translatorFor('en')('help.title'));
      assert.equal(german, (catalogs.de as { help: { title: string } }).help.title);
    });

    it('gives each locale its own catalog text', () => {
      for (const locale of SUPPORTED_LOCALES) {
        const expected = leaves(catalogs[locale]).get('help.commandsHeading');
        assert.equal(translatorFor(locale)('help.commandsHeading'), expected, locale);
      }
    });

    it('escapes interpolated values as Markdown, not as HTML', () => {
      const text = translatorFor('en')('help.greeting', { name: '**Boss** & <Bo>', company: 'O\'Brien "Co"' });
      assert.ok(text.includes('\\*\\*Boss\\*\\* & \\<Bo>'), text);
      assert.ok(text.includes('O\'Brien "Co"'), text);
      assert.ok(!text.includes('{{'), text);
    });
  });

  describe('phrasesFor', () => {
    it('knows the help command in English, German and Chinese', () => {
      const phrases = phrasesFor('help');
      for (const phrase of ['help', 'hilfe', '帮助']) assert.ok(phrases.includes(phrase), `${phrase} not in ${phrases.join('|')}`);
    });

    it('gathers the phrases of every locale, normalized', () => {
      const phrases = phrasesFor('help');
      for (const locale of SUPPORTED_LOCALES) {
        for (const phrase of translatorFor(locale)('commands.help.phrases').split('|')) {
          assert.ok(phrases.includes(normalizeCommandText(phrase)), `${locale}: ${phrase}`);
        }
      }
      assert.ok(phrases.every((phrase) => phrase !== '' && phrase === normalizeCommandText(phrase)));
    });
  });

  describe('normalizeCommandText', () => {
    const cases: [string, string][] = [
      ['  help  ', 'help'],
      ['HeLp', 'help'],
      ['show   my\tbenefits', 'show my benefits'],
      ['help.', 'help'],
      ['help!', 'help'],
      ['help!!!', 'help'],
      ['帮助。', '帮助'],
      ['帮助！', '帮助'],
      ['ＨＥＬＰ', 'help'],
      ['ｈｅｌｐ！', 'help'],
      ['help\u00a0me', 'help me'],
      ['?', '?'],
      ['', ''],
    ];
    for (const [input, expected] of cases) {
      it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () => {
        assert.equal(normalizeCommandText(input), expected);
      });
    }

    it('leaves no trailing space when the punctuation was typed after a space', () => {
      assert.equal(normalizeCommandText('help !'), 'help');
    });
  });
});
