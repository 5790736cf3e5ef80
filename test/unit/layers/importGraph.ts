import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One import as written in a file: relative ones resolved to a file of the tree, packages by name. */
export interface ImportEdge {
  /** The importing file, relative to the tree's root, with forward slashes. */
  from: string;
  /** A file relative to the root (`bot/store/errors.ts`), or a package name (`@azure/cosmos`, `botbuilder`). */
  to: string;
  isPackage: boolean;
  /** Erased at compile time (`import type`, or only `type` names): no code of the target runs. */
  typeOnly: boolean;
}

/** Every import, re-export, `require()` and `import()` of the TypeScript files below `folders` of `root`. */
export function readImports(root: string, folders: readonly string[]): ImportEdge[] {
  return folders
    .flatMap((folder) => typeScriptFiles(path.join(root, folder)))
    .flatMap((file) => importsOf(root, file));
}

function typeScriptFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function importsOf(root: string, file: string): ImportEdge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const from = relative(root, file);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean) => edges.push({ from, ...resolve(root, file, specifier), typeOnly });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, isTypeOnlyImport(node.importClause));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) add(expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && isRequireOrDynamicImport(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** `import type …`, or an import whose every name is marked `type` (and that has no default import). */
function isTypeOnlyImport(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function isRequireOrDynamicImport(call: ts.CallExpression): boolean {
  return call.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(call.expression) && call.expression.text === 'require');
}

function resolve(root: string, file: string, specifier: string): { to: string; isPackage: boolean } {
  if (!specifier.startsWith('.')) return { to: packageName(specifier), isPackage: true };
  const target = path.resolve(path.dirname(file), specifier);
  const candidates = [target, `${target}.ts`, path.join(target, 'index.ts')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? target;
  return { to: relative(root, found), isPackage: false };
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`, `node:fs` stays. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
