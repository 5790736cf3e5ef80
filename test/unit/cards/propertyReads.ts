type JsonObject = Record<string, unknown>;

interface PropertyReads {
  /** The document to hand to the reader: the same JSON, noting each property read. */
  tracked: unknown;
  /** Each object the reader looked into, with its JSON path and the properties it never read. */
  unread(): { path: string; keys: string[] }[];
}

/**
 * Watches which properties a reader asks for. An object the reader never looks into (an action's free-form `data`)
 * is payload, not card structure, so it is left out.
 */
export function trackPropertyReads(document: unknown): PropertyReads {
  const seen = new Map<JsonObject, { path: string; keys: Set<string> }>();

  function track(node: unknown, path: string): unknown {
    if (node === null || typeof node !== 'object') return node;
    const record = seen.get(node as JsonObject) ?? { path, keys: new Set<string>() };
    seen.set(node as JsonObject, record);
    const note = (key: string | symbol): void => {
      if (typeof key === 'string') record.keys.add(key);
    };
    return new Proxy(node, {
      get(target, key, receiver) {
        note(key);
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof key === 'string' && value !== null && typeof value === 'object' ? track(value, `${path}.${key}`) : value;
      },
      has(target, key) {
        note(key);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor(target, key) {
        note(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
  }

  return {
    // A proxy must report a frozen object's properties as they are, and tracking hands out proxies: it watches a copy.
    tracked: track(structuredClone(document), '$'),
    unread: () =>
      [...seen.entries()]
        .filter(([node, { keys }]) => !Array.isArray(node) && keys.size > 0)
        .map(([node, { path, keys }]) => ({ path, keys: Object.keys(node).filter((key) => !keys.has(key)) }))
        .filter(({ keys }) => keys.length > 0),
  };
}
