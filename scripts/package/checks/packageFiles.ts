import type { AppPackageFiles } from '../appPackageFiles';
import { MANIFEST_FILE, referencedFiles, type ManifestFields } from '../manifestFields';

/** Teams rejects a package with a file the manifest does not use, and one that points to a file it lacks. */
export function packageFileProblems(files: AppPackageFiles, manifest: ManifestFields): string[] {
  const referenced = referencedFiles(manifest);
  const unreferenced = [...files.keys()].filter((path) => path !== MANIFEST_FILE && !referenced.includes(path));
  const missing = referenced.filter((path) => !files.has(path));
  return [
    ...unreferenced.map((path) => `${path} is in the package but the manifest does not reference it`),
    ...missing.map((path) => `${path} is referenced by the manifest but not in the package`),
  ];
}
