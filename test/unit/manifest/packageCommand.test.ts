import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readAppPackage } from '../../../scripts/package/appPackageFiles';
import { PACKAGE_VARIABLES } from '../../../scripts/package/packageConfig';
import { tempDir, TEST_ENV } from './testPackage';

const ROOT = join(__dirname, '..', '..', '..');

/** Runs `npm run package` as it runs on a fresh clone: in a folder without `.env`, with only the given variables. */
async function runPackage(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string; cwd: string }> {
  const cwd = await tempDir();
  const cleanEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !(PACKAGE_VARIABLES as string[]).includes(name)),
  );
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--require', require.resolve('tsx/cjs'), join(ROOT, 'scripts', 'package', 'index.ts'), ...args],
      { cwd, env: { ...cleanEnv, ...env } },
    );
    return { code: 0, stdout, stderr, cwd };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, cwd };
  }
}

describe('npm run package', () => {
  it('without configuration, fails naming each missing variable and writes nothing', async () => {
    const { code, stderr, cwd } = await runPackage({});
    assert.equal(code, 1);
    assert.equal(existsSync(join(cwd, 'dist')), false);
    for (const name of ['MicrosoftAppId', 'TEAMS_APP_ID', 'DEVELOPER_NAME', 'DEVELOPER_WEBSITE_URL']) {
      assert.match(stderr, new RegExp(`${name} is required`));
    }
    assert.match(stderr, /\.env\.example/);
    assert.match(stderr, /No package was written/);
  });

  it('with configuration, writes the package where it is told', async () => {
    const zipFile = join(await tempDir(), 'out', 'app.zip');
    const { code, stdout, stderr } = await runPackage(TEST_ENV, ['--out', zipFile]);
    assert.equal(code, 0, stderr);
    assert.ok(existsSync(zipFile));
    assert.ok(stdout.includes(zipFile), stdout);
    assert.ok((await readAppPackage(zipFile)).has('manifest.json'));
  });
});
