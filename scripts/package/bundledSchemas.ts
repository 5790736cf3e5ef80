import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const SCHEMAS_DIR = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

type SchemaKind = 'manifest' | 'localization';

const SCHEMA_FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

/**
 * The localization schemas hold a pattern (`\b]`) that is not a valid Unicode regular expression, which
 * `AppManifestUtils` compiles them as; this validator is otherwise configured like the one it uses.
 */
function localizationProblems(document: unknown, schema: object): string[] {
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}. Details: ${JSON.stringify(error.params)}`);
}

/** Validates offline: the schema comes from the files bundled with `@microsoft/app-manifest`, never from the network. */
export async function schemaProblems(document: unknown, manifestVersion: unknown, kind: SchemaKind): Promise<string[]> {
  const schemaFile = join(SCHEMAS_DIR, `v${String(manifestVersion)}`, SCHEMA_FILES[kind]);
  if (typeof manifestVersion !== 'string' || !existsSync(schemaFile)) {
    return [`manifestVersion ${JSON.stringify(manifestVersion)} has no bundled ${kind} schema`];
  }
  const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as object;
  return kind === 'manifest'
    ? AppManifestUtils.validateAgainstSchema(document as never, schema as never)
    : localizationProblems(document, schema);
}
