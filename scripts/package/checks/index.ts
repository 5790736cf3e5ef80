import type { AppPackageFiles } from '../appPackageFiles';
import { iconProblems } from './icons';
import { localizationProblems } from './localization';
import { manifestSchemaProblems } from './manifestSchema';
import { packageFileProblems } from './packageFiles';
import { parseManifest } from './parseManifest';
import { versionProblems } from './version';

/** Everything that would make Teams refuse the package, or show it other than designed; empty when it is sound. */
export async function appPackageProblems(files: AppPackageFiles): Promise<string[]> {
  const { manifest, problem } = parseManifest(files);
  if (!manifest) return [problem!];
  return [
    ...(await manifestSchemaProblems(manifest)),
    ...versionProblems(manifest),
    ...packageFileProblems(files, manifest),
    ...iconProblems(files, manifest),
    ...(await localizationProblems(files, manifest)),
  ];
}
