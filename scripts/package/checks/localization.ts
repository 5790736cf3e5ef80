import type { AppPackageFiles } from '../appPackageFiles';
import { schemaProblems } from '../bundledSchemas';
import { localizableKeys, localizationFiles, type ManifestFields } from '../manifestFields';
import { parseJsonFile } from './parseManifest';

/**
 * Beyond the localization schema: every file translates exactly the strings the manifest has, so a command added to
 * the manifest without its translations, or a translation left for a string that is gone, is caught.
 */
export async function localizationProblems(files: AppPackageFiles, manifest: ManifestFields): Promise<string[]> {
  const expected = localizableKeys(manifest);
  const problems: string[] = [];
  for (const { file } of localizationFiles(manifest)) {
    if (!files.has(file)) continue;
    const { value, problem } = parseJsonFile(files, file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    problems.push(...(await schemaProblems(value, manifest.manifestVersion, 'localization')).map((issue) => `${file}: ${issue}`));
    const keys = Object.keys(value as object).filter((key) => key !== '$schema');
    problems.push(
      ...expected.filter((key) => !keys.includes(key)).map((key) => `${file} does not translate ${key}`),
      ...keys.filter((key) => !expected.includes(key)).map((key) => `${file} translates ${key}, which the manifest does not have`),
    );
  }
  return problems;
}
