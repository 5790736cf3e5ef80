import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import sinon from 'sinon';
import { resolveLocale, SUPPORTED_LOCALES } from '../../../bot/i18n';
import { recognizeCommand } from '../../../dialogs/commands';
import type { AppPackageFiles } from '../../../scripts/package/appPackageFiles';
import { AppPackageError, buildAppPackage, MANIFEST_DIR, MANIFEST_TEMPLATE } from '../../../scripts/package/buildAppPackage';
import { appPackageProblems } from '../../../scripts/package/checks';
import { manifestSchemaProblems } from '../../../scripts/package/checks/manifestSchema';
import { localizationFiles, MANIFEST_FILE, referencedFiles, type ManifestFields } from '../../../scripts/package/manifestFields';
import { parsePackageConfig } from '../../../scripts/package/packageConfig';
import { PlaceholderError } from '../../../scripts/package/placeholders';
import { builtTestPackage, jsonOf, tempDir, TEST_ENV } from './testPackage';

interface Manifest extends ManifestFields {
  $schema: string;
  id: string;
  version: string;
  developer: Record<string, string>;
  name: { short: string; full: string };
  validDomains: string[];
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
}

describe('the Teams app package', () => {
  let files: AppPackageFiles;
  let manifest: Manifest;

  before(async () => {
    ({ files } = await builtTestPackage());
    manifest = jsonOf<Manifest>(files, MANIFEST_FILE);
  });

  afterEach(() => sinon.restore());

  it('passes every check', async () => {
    assert.deepEqual(await appPackageProblems(files), []);
  });

  it('validates against the schema bundled for its manifest version, without the network', async () => {
    const fetchSchema = sinon.stub(AppManifestUtils, 'fetchSchema').rejects(new Error('no network in this test'));
    assert.deepEqual(await manifestSchemaProblems(manifest), []);
    assert.equal(fetchSchema.called, false);
    assert.match(manifest.$schema, new RegExp(`/v${String(manifest.manifestVersion)}/MicrosoftTeams\\.schema\\.json$`));
  });

  it('takes the ids, version, names, publisher and domains from the configuration', () => {
    const config = parsePackageConfig(TEST_ENV);
    assert.equal(manifest.id, config.TEAMS_APP_ID);
    assert.equal(manifest.version, config.APP_VERSION);
    assert.equal(manifest.bots[0].botId, config.MicrosoftAppId);
    assert.deepEqual(manifest.name, { short: config.TEAMS_APP_SHORT_NAME, full: config.TEAMS_APP_FULL_NAME });
    assert.deepEqual(manifest.developer, {
      name: config.DEVELOPER_NAME,
      websiteUrl: config.DEVELOPER_WEBSITE_URL,
      privacyUrl: config.DEVELOPER_PRIVACY_URL,
      termsOfUseUrl: config.DEVELOPER_TERMS_OF_USE_URL,
    });
    assert.deepEqual(manifest.validDomains, config.VALID_DOMAINS);
    for (const { file } of localizationFiles(manifest)) {
      assert.equal(jsonOf(files, file)['name.short'], config.TEAMS_APP_SHORT_NAME, file);
    }
  });

  it('puts the bot in personal, team and group chats, with a command list for each', () => {
    const [bot] = manifest.bots;
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    for (const scope of bot.scopes) {
      const lists = bot.commandLists.filter((list) => list.scopes.includes(scope));
      assert.equal(lists.length, 1, scope);
      assert.ok(lists[0].commands.length > 0, scope);
    }
  });

  it('offers the main commands in each scope\'s menu, and keys only where they are given (a personal chat)', () => {
    const [bot] = manifest.bots;
    const keysOf = (scope: string) =>
      bot.commandLists.find((list) => list.scopes.includes(scope))!.commands.map((command) => recognizeCommand({ type: 'message', text: command.title }));
    for (const scope of bot.scopes) {
      const keys = keysOf(scope);
      for (const main of ['help', 'benefits', 'myBenefits', 'technical', 'offers', 'language']) assert.ok(keys.includes(main), `${main} in ${scope}`);
      assert.ok(keys.length <= 10, 'Teams shows at most 10 commands per list');
    }
    assert.ok(keysOf('personal').includes('software'));
    for (const scope of ['team', 'groupChat']) assert.ok(!keysOf(scope).includes('software'), scope);
  });

  it('is localized into every language the bot speaks besides the default', () => {
    const tags = localizationFiles(manifest).map((reference) => reference.languageTag);
    const botLocales = tags.map((tag) => resolveLocale(tag)).sort();
    const defaultLocale = resolveLocale(String(manifest.localizationInfo?.defaultLanguageTag));
    assert.deepEqual(botLocales, SUPPORTED_LOCALES.filter((locale) => locale !== defaultLocale).sort());
  });

  it('offers only commands the bot understands, in every language', () => {
    const titles = [
      ...manifest.bots.flatMap((bot) => bot.commandLists.flatMap((list) => list.commands.map((command) => command.title))),
      ...localizationFiles(manifest).flatMap(({ file }) =>
        Object.entries(jsonOf<Record<string, string>>(files, file))
          .filter(([key]) => key.endsWith('.title'))
          .map(([, title]) => title),
      ),
    ];
    assert.ok(titles.length > manifest.bots[0].commandLists.length);
    for (const title of titles) assert.ok(recognizeCommand({ type: 'message', text: title }), `the bot does not understand "${title}"`);
  });

  it('holds the manifest and exactly the files it references', () => {
    assert.deepEqual([...files.keys()].sort(), [MANIFEST_FILE, ...referencedFiles(manifest)].sort());
  });

  describe('the build', () => {
    it('writes no zip when the package fails a check, and names the problem', async () => {
      const manifestDir = join(await tempDir(), 'manifest');
      await cp(MANIFEST_DIR, manifestDir, { recursive: true });
      await writeFile(join(manifestDir, 'outline.png'), await readFile(join(MANIFEST_DIR, 'color.png')));
      const zipFile = join(manifestDir, 'app.zip');
      await assert.rejects(buildAppPackage(parsePackageConfig(TEST_ENV), zipFile, manifestDir), (error: unknown) => {
        assert.ok(error instanceof AppPackageError);
        assert.ok(error.problems.some((problem) => problem.includes('outline.png')), error.message);
        return true;
      });
      assert.equal(existsSync(zipFile), false);
    });

    it('refuses a placeholder that no configuration variable fills', async () => {
      const manifestDir = join(await tempDir(), 'manifest');
      await cp(MANIFEST_DIR, manifestDir, { recursive: true });
      const template = JSON.parse(await readFile(join(manifestDir, MANIFEST_TEMPLATE), 'utf8')) as Record<string, unknown>;
      await writeFile(join(manifestDir, MANIFEST_TEMPLATE), JSON.stringify({ ...template, accentColor: '${{ACCENT_COLOUR}}' }));
      await assert.rejects(buildAppPackage(parsePackageConfig(TEST_ENV), join(manifestDir, 'app.zip'), manifestDir), (error: unknown) =>
        error instanceof PlaceholderError && error.message.includes('ACCENT_COLOUR'),
      );
    });

    it('keeps a quote in a configured name from breaking the JSON', () => {
      assert.ok(TEST_ENV.TEAMS_APP_SHORT_NAME.includes('"'));
      assert.equal(manifest.name.short, TEST_ENV.TEAMS_APP_SHORT_NAME);
    });
  });
});
