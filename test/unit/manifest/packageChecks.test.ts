import { strict as assert } from 'node:assert';
import { PNG } from 'pngjs';
import { jsonFile, type AppPackageFiles } from '../../../scripts/package/appPackageFiles';
import { appPackageProblems } from '../../../scripts/package/checks';
import { COLOR_ICON_SIZE, iconProblems, OUTLINE_ICON_SIZE } from '../../../scripts/package/checks/icons';
import { localizationProblems } from '../../../scripts/package/checks/localization';
import { manifestSchemaProblems } from '../../../scripts/package/checks/manifestSchema';
import { packageFileProblems } from '../../../scripts/package/checks/packageFiles';
import { versionProblems } from '../../../scripts/package/checks/version';
import { localizationFiles, MANIFEST_FILE } from '../../../scripts/package/manifestFields';
import { builtTestPackage, jsonOf } from './testPackage';

type Json = Record<string, any>;

/** A PNG of the given size, every pixel the given RGBA colour except where `paint` says otherwise. */
function png(size: number, rgba: readonly number[], paint?: (x: number, y: number) => readonly number[] | undefined): Buffer {
  const image = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) image.data.set(paint?.(x, y) ?? rgba, (y * size + x) * 4);
  }
  return PNG.sync.write(image);
}

const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

describe('each app package check catches a broken package', () => {
  let sound: AppPackageFiles;
  let manifest: Json;
  let firstLocalization: string;

  before(async () => {
    ({ files: sound } = await builtTestPackage());
    manifest = jsonOf(sound, MANIFEST_FILE);
    firstLocalization = localizationFiles(manifest)[0].file;
  });

  /** The sound package with some files replaced (or removed, for `undefined`). */
  function changed(replacements: Record<string, Buffer | undefined>): AppPackageFiles {
    const files = new Map(sound);
    for (const [path, content] of Object.entries(replacements)) {
      if (content === undefined) files.delete(path);
      else files.set(path, content);
    }
    return files;
  }

  function withManifest(change: (copy: Json) => void): Json {
    const copy = structuredClone(manifest);
    change(copy);
    return copy;
  }

  function assertNamed(problems: string[], expected: RegExp): void {
    assert.ok(problems.some((problem) => expected.test(problem)), `not caught: ${JSON.stringify(problems)}`);
  }

  describe('the manifest schema', () => {
    it('an invalid bot id and accent colour', async () => {
      assert.deepEqual(await manifestSchemaProblems(manifest), []);
      const broken = withManifest((copy) => {
        copy.bots[0].botId = 'my-bot';
        copy.accentColor = 'blue';
      });
      const problems = await manifestSchemaProblems(broken);
      assertNamed(problems, /\/bots\/0\/botId/);
      assertNamed(problems, /\/accentColor/);
    });

    it('a manifest version whose schema is not bundled', async () => {
      assertNamed(await manifestSchemaProblems(withManifest((copy) => (copy.manifestVersion = '9.99'))), /9\.99.*no bundled/);
    });
  });

  it('a version that is not semver', () => {
    assert.deepEqual(versionProblems(manifest), []);
    for (const version of ['1.0', '01.2.3', '1.2.3.4', 'latest']) {
      assertNamed(versionProblems(withManifest((copy) => (copy.version = version))), new RegExp(`"${version.replace(/\./g, '\\.')}"`));
    }
  });

  describe('the icons', () => {
    it('sound icons pass', () => {
      assert.deepEqual(iconProblems(sound, manifest), []);
    });

    it('a colour icon of the wrong size', () => {
      const problems = iconProblems(changed({ [manifest.icons.color]: png(COLOR_ICON_SIZE / 2, WHITE) }), manifest);
      assertNamed(problems, new RegExp(`${COLOR_ICON_SIZE / 2}×${COLOR_ICON_SIZE / 2}, not ${COLOR_ICON_SIZE}×${COLOR_ICON_SIZE}`));
    });

    it('an outline icon of the wrong size', () => {
      const outline = png(COLOR_ICON_SIZE, CLEAR, (x) => (x < 4 ? WHITE : undefined));
      assertNamed(iconProblems(changed({ [manifest.icons.outline]: outline }), manifest), /outline.*not 32×32/);
    });

    it('an outline icon with a colour other than white', () => {
      const outline = png(OUTLINE_ICON_SIZE, CLEAR, (x, y) => (x === y ? [15, 108, 189, 255] : x < 4 ? WHITE : undefined));
      assertNamed(iconProblems(changed({ [manifest.icons.outline]: outline }), manifest), /32 pixels that are neither white nor transparent/);
    });

    it('an outline icon without a transparent background', () => {
      assertNamed(iconProblems(changed({ [manifest.icons.outline]: png(OUTLINE_ICON_SIZE, WHITE) }), manifest), /no transparent background/);
    });

    it('an outline icon that draws nothing', () => {
      assertNamed(iconProblems(changed({ [manifest.icons.outline]: png(OUTLINE_ICON_SIZE, CLEAR) }), manifest), /draws nothing/);
    });

    it('an icon that is not a PNG', () => {
      assertNamed(iconProblems(changed({ [manifest.icons.color]: Buffer.from('GIF89a') }), manifest), /color icon .* is not a PNG/);
    });
  });

  describe('the files', () => {
    it('a file the manifest does not reference', () => {
      assert.deepEqual(packageFileProblems(sound, manifest), []);
      assertNamed(packageFileProblems(changed({ 'notes.txt': Buffer.from('x') }), manifest), /notes\.txt is in the package but/);
    });

    it('a referenced file that is missing', () => {
      assertNamed(packageFileProblems(changed({ [firstLocalization]: undefined }), manifest), new RegExp(`${firstLocalization} is referenced`));
    });

    it('a package without a manifest', async () => {
      assert.deepEqual(await appPackageProblems(changed({ [MANIFEST_FILE]: undefined })), [`${MANIFEST_FILE} is missing`]);
    });
  });

  describe('the localization files', () => {
    function withLocalization(change: (copy: Json) => void): AppPackageFiles {
      const copy = jsonOf(sound, firstLocalization);
      change(copy);
      return changed({ [firstLocalization]: jsonFile(copy) });
    }

    it('sound localization files pass', async () => {
      assert.deepEqual(await localizationProblems(sound, manifest), []);
    });

    it('a file that is not JSON', async () => {
      const problems = await localizationProblems(changed({ [firstLocalization]: Buffer.from('{ "name.short": ') }), manifest);
      assertNamed(problems, new RegExp(`${firstLocalization} is not valid JSON`));
    });

    it('a string over the schema’s length limit', async () => {
      const problems = await localizationProblems(withLocalization((copy) => (copy['description.short'] = 'x'.repeat(81))), manifest);
      assertNamed(problems, new RegExp(`${firstLocalization}: /description\\.short must NOT have more than 80 characters`));
    });

    it('a string the manifest has but the file does not translate', async () => {
      const key = 'bots[0].commandLists[0].commands[0].description';
      const problems = await localizationProblems(withLocalization((copy) => delete copy[key]), manifest);
      assertNamed(problems, new RegExp(`does not translate ${key.replace(/[[\].]/g, '\\$&')}`));
    });

    it('a translation of a string the manifest does not have', async () => {
      const key = 'bots[0].commandLists[0].commands[10].title';
      const problems = await localizationProblems(withLocalization((copy) => (copy[key] = 'x')), manifest);
      assertNamed(problems, /which the manifest does not have/);
    });
  });
});
