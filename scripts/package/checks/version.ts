import { MANIFEST_FILE, type ManifestFields } from '../manifestFields';
import { isSemver } from '../semver';

/** The schema only limits the version's length; Teams refuses an upload whose version is not semver. */
export function versionProblems(manifest: ManifestFields): string[] {
  const { version } = manifest;
  return typeof version === 'string' && isSemver(version)
    ? []
    : [`${MANIFEST_FILE}: version ${JSON.stringify(version)} is not a semantic version like 1.2.3`];
}
