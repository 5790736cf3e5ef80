import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildPlaygroundConfig, renderPlaygroundYaml } from './playgroundConfig';
import { DEMO_USER_NAMES } from './users';

/**
 * Writes `examples/playground/<user>.yml` from users.ts, for running the Playground by hand (`npm start` does not read
 * them: it renders the same file into its working folder). `--check` only reports files that are missing or stale.
 */
const examplesFolder = join(__dirname, '..', '..', 'examples', 'playground');
const checkOnly = process.argv.includes('--check');

const stale: string[] = [];
for (const name of DEMO_USER_NAMES) {
  const file = join(examplesFolder, `${name}.yml`);
  const expected = renderPlaygroundYaml(buildPlaygroundConfig(name), name);
  let actual: string | undefined;
  try {
    actual = readFileSync(file, 'utf8');
  } catch {
    actual = undefined;
  }
  if (actual === expected) continue;
  stale.push(relative(process.cwd(), file));
  if (!checkOnly) writeFileSync(file, expected);
}

if (checkOnly && stale.length > 0) {
  process.stderr.write(`Out of date with scripts/playground/users.ts: ${stale.join(', ')}\n`);
  process.stderr.write('Run `npx tsx scripts/playground/writeExamples.ts` to rewrite them.\n');
  process.exit(1);
}
process.stdout.write(checkOnly ? 'Playground examples are up to date.\n' : `Wrote ${stale.length} file(s).\n`);
