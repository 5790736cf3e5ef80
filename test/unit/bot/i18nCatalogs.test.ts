import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveLocale } from '../../../bot/i18n';
import { loadLocale } from '../../../bot/i18n/catalogs';

function localeFolder(files: Record<string, unknown>): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'en');
  mkdirSync(folder);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), JSON.stringify(content));
  return folder;
}

describe('bot/i18n/catalogs', () => {
  it('merges the feature files of a locale, sections included', () => {
    const catalog = loadLocale(
      localeFolder({
        'common.json': { commands: { help: { name: 'help' } }, app: { name: 'A' } },
        'benefits.json': { commands: { benefits: { name: 'benefits' } }, benefits: { title: 'B' } },
      }),
    );
    assert.deepEqual(catalog, {
      commands: { help: { name: 'help' }, benefits: { name: 'benefits' } },
      app: { name: 'A' },
      benefits: { title: 'B' },
    });
  });

  it('refuses two files that define the same key', () => {
    const folder = localeFolder({
      'a.json': { commands: { help: { name: 'help' } } },
      'b.json': { commands: { help: { name: 'again' } } },
    });
    assert.throws(() => loadLocale(folder), /b\.json defines commands\.help\.name again/);
  });

  it('ignores files that are not JSON', () => {
    const folder = localeFolder({ 'a.json': { x: 'y' } });
    writeFileSync(join(folder, 'notes.txt'), 'not a catalog');
    assert.deepEqual(loadLocale(folder), { x: 'y' });
  });
});

describe('bot/i18n resolveLocale with what a forged activity may carry', () => {
  it('falls back to English for a locale that is not text', () => {
    for (const odd of [42, null, {}, ['de-DE'], true]) assert.equal(resolveLocale(odd), 'en', JSON.stringify(odd));
  });
});
