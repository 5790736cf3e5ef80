type PlaceholderValues = Readonly<Record<string, string | readonly string[]>>;

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const WHOLE_PLACEHOLDER = /^\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;

export class PlaceholderError extends Error {}

/**
 * Fills `${{NAME}}` in every string of a parsed JSON document. A string that is one placeholder alone takes the
 * value as it is, so a list (valid domains) becomes a JSON array; filling parsed JSON rather than text keeps a quote
 * in a configured name from breaking the document.
 */
export function fillPlaceholders(node: unknown, values: PlaceholderValues, file: string): unknown {
  if (typeof node === 'string') {
    const whole = WHOLE_PLACEHOLDER.exec(node);
    if (whole) return valueOf(whole[1], values, file);
    return node.replace(PLACEHOLDER, (_, name: string) => {
      const value = valueOf(name, values, file);
      if (typeof value !== 'string') throw new PlaceholderError(`${file}: \${{${name}}} is a list and must stand alone`);
      return value;
    });
  }
  if (Array.isArray(node)) return node.map((item) => fillPlaceholders(item, values, file));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fillPlaceholders(value, values, file)]));
  }
  return node;
}

function valueOf(name: string, values: PlaceholderValues, file: string): string | readonly string[] {
  const value = values[name];
  if (value === undefined) throw new PlaceholderError(`${file}: \${{${name}}} has no configuration variable`);
  return value;
}
