import { schemaProblems } from '../bundledSchemas';
import { MANIFEST_FILE, type ManifestFields } from '../manifestFields';

export async function manifestSchemaProblems(manifest: ManifestFields): Promise<string[]> {
  const problems = await schemaProblems(manifest, manifest.manifestVersion, 'manifest');
  return problems.map((problem) => `${MANIFEST_FILE}: ${problem}`);
}
