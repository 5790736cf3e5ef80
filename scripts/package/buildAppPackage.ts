import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonFile, writeAppPackage, type AppPackageFiles } from './appPackageFiles';
import { appPackageProblems } from './checks';
import { MANIFEST_FILE, referencedFiles, type ManifestFields } from './manifestFields';
import type { PackageConfig } from './packageConfig';
import { fillPlaceholders } from './placeholders';

export const MANIFEST_DIR = join(__dirname, '..', '..', 'manifest');
export const MANIFEST_TEMPLATE = 'manifest.template.json';

export class AppPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Teams app package is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** The package's files: the manifest and the files it references, with every JSON file's placeholders filled. */
async function assembleAppPackage(config: PackageConfig, manifestDir = MANIFEST_DIR): Promise<AppPackageFiles> {
  const manifest = fillPlaceholders(await readJson(join(manifestDir, MANIFEST_TEMPLATE)), config, MANIFEST_TEMPLATE);
  const files: AppPackageFiles = new Map([[MANIFEST_FILE, jsonFile(manifest)]]);
  for (const path of referencedFiles(manifest as ManifestFields)) {
    const source = join(manifestDir, path);
    files.set(path, path.endsWith('.json') ? jsonFile(fillPlaceholders(await readJson(source), config, path)) : await readFile(source));
  }
  return files;
}

/** Writes the zip only when the package passes every check, so what an admin uploads is what was checked. */
export async function buildAppPackage(config: PackageConfig, zipFile: string, manifestDir = MANIFEST_DIR): Promise<AppPackageFiles> {
  const files = await assembleAppPackage(config, manifestDir);
  const problems = await appPackageProblems(files);
  if (problems.length > 0) throw new AppPackageError(problems);
  await writeAppPackage(files, zipFile);
  return files;
}
