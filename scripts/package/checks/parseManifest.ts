import type { AppPackageFiles } from '../appPackageFiles';
import { MANIFEST_FILE, type ManifestFields } from '../manifestFields';

export function parseJsonFile(files: AppPackageFiles, path: string): { value?: unknown; problem?: string } {
  const content = files.get(path);
  if (content === undefined) return { problem: `${path} is missing` };
  try {
    return { value: JSON.parse(content.toString('utf8')) };
  } catch (error) {
    return { problem: `${path} is not valid JSON: ${(error as Error).message}` };
  }
}

export function parseManifest(files: AppPackageFiles): { manifest?: ManifestFields; problem?: string } {
  const { value, problem } = parseJsonFile(files, MANIFEST_FILE);
  if (problem) return { problem };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: `${MANIFEST_FILE} is not a JSON object` };
  return { manifest: value };
}
