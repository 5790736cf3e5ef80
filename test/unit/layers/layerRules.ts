import type { ImportEdge } from './importGraph';

/**
 * The layers of the bot, lowest first. `bot/logger.ts` and `bot/config.ts` form a layer of their own below the
 * store: they import nothing of ours but the domain (settings such as retention are domain values), and everything
 * but the domain and the catalogs may use them. `bot/i18n` sits
 * just above the domain (it knows the locales) and is used by everything that speaks to people. The rest of `bot/`
 * (`app.ts`, the server, the adapter, the turn handler) is the composition root, which may import anything.
 */
export const LAYERS = [
  'bot/domain',
  'bot/i18n',
  'bot/logger+config',
  'bot/store',
  'bot/services',
  'bot/notify',
  'cards',
  'dialogs',
  'bot',
] as const;
export type Layer = (typeof LAYERS)[number];

/** The folders the rules cover: the bot's production code. */
export const PRODUCTION_FOLDERS = ['bot', 'cards', 'dialogs'] as const;

interface LayerRule {
  /** Layers whose code this one may run. */
  may: readonly Layer[];
  /** Layers this one may name only in types (`import type`): their interfaces, never their code. */
  typesOnly?: readonly Layer[];
}

const EVERY_LAYER: readonly Layer[] = LAYERS;

export const LAYER_RULES: Record<Layer, LayerRule> = {
  'bot/domain': { may: [] },
  'bot/i18n': { may: ['bot/domain'] },
  'bot/logger+config': { may: ['bot/domain'] },
  'bot/store': { may: ['bot/domain', 'bot/logger+config'] },
  'bot/services': { may: ['bot/domain', 'bot/store', 'bot/i18n', 'bot/logger+config'] },
  'bot/notify': { may: ['bot/domain', 'bot/store', 'bot/i18n', 'bot/logger+config'], typesOnly: ['bot/services'] },
  /**
   * A card's data builder turns what a service answers (its views: an overview, a filed request) into the card's
   * strings, so it names those views' types; what it runs is the domain's and the catalogs' alone.
   */
  cards: { may: ['bot/domain', 'bot/i18n'], typesOnly: ['bot/services'] },
  dialogs: { may: ['bot/domain', 'bot/services', 'cards', 'bot/i18n', 'bot/logger+config'] },
  bot: { may: EVERY_LAYER },
};

/** Packages only some files may import. */
const RESTRICTED_PACKAGES: readonly { matches: (name: string) => boolean; label: string; allowed: (file: string) => boolean }[] = [
  {
    label: '@azure/cosmos',
    matches: (name) => name === '@azure/cosmos',
    allowed: (file) => layerOf(file) === 'bot/store',
  },
  {
    label: 'the Bot Framework SDK',
    matches: (name) => name.startsWith('botbuilder') || name.startsWith('botframework-'),
    allowed: (file) => PLATFORM_FILES.includes(file) || layerOf(file) === 'dialogs',
  },
];

/**
 * The files outside `dialogs/` that speak the Bot Framework: the rest of the bot uses our own types, so replacing the
 * SDK touches these. `app.ts` builds the conversation state over our state storage; `tenantGuard.ts` is the
 * adapter's middleware.
 */
export const PLATFORM_FILES: readonly string[] = [
  'bot/adapter.ts',
  'bot/app.ts',
  'bot/connectorClients.ts',
  'bot/proactiveSender.ts',
  'bot/server.ts',
  'bot/teamsBot.ts',
  'bot/tenantGuard.ts',
];

/** The layer a file of the tree belongs to; undefined outside the production folders. */
export function layerOf(file: string): Layer | undefined {
  if (file === 'bot/logger.ts' || file === 'bot/config.ts') return 'bot/logger+config';
  const [top, second] = file.split('/');
  if (top === 'cards' || top === 'dialogs') return top;
  if (top !== 'bot') return undefined;
  const folder = `bot/${second}` as Layer;
  return LAYERS.includes(folder) ? folder : file.split('/').length === 2 ? 'bot' : undefined;
}

/** Every import that breaks a rule, as a sentence naming the file and the target. */
export function layerViolations(imports: readonly ImportEdge[]): string[] {
  return imports.flatMap((edge) => {
    const source = layerOf(edge.from);
    if (!source) return [];
    if (edge.isPackage) {
      const restriction = RESTRICTED_PACKAGES.find((restricted) => restricted.matches(edge.to));
      return restriction && !restriction.allowed(edge.from) ? [`${edge.from} imports ${edge.to}: ${restriction.label} is not for ${source}`] : [];
    }
    const target = layerOf(edge.to);
    if (target === source) return [];
    if (!target) return [`${edge.from} imports ${edge.to}, outside the bot's production code`];
    const rule = LAYER_RULES[source];
    if (rule.may.includes(target)) return [];
    if (edge.typeOnly && rule.typesOnly?.includes(target)) return [];
    const onlyTypes = rule.typesOnly?.includes(target) ? ' (only its types may be imported)' : '';
    return [`${edge.from} imports ${edge.to}: ${source} may not depend on ${target}${onlyTypes}`];
  });
}

/** Cycles between layers, each as `a → b → … → a`, found on the imports as they are (whatever the rules say). */
export function layerCycles(imports: readonly ImportEdge[]): string[] {
  const next = new Map<Layer, Set<Layer>>();
  for (const edge of imports) {
    const source = layerOf(edge.from);
    const target = edge.isPackage ? undefined : layerOf(edge.to);
    if (!source || !target || source === target) continue;
    if (!next.has(source)) next.set(source, new Set());
    next.get(source)!.add(target);
  }
  const cycles = new Set<string>();
  const walk = (layer: Layer, path: Layer[]): void => {
    const start = path.indexOf(layer);
    if (start >= 0) {
      cycles.add(canonical(path.slice(start)));
      return;
    }
    for (const target of next.get(layer) ?? []) walk(target, [...path, layer]);
  };
  for (const layer of next.keys()) walk(layer, []);
  return [...cycles].sort();
}

/** The same cycle found from any of its layers reads the same: it starts at its first layer in LAYERS order. */
function canonical(cycle: Layer[]): string {
  const first = cycle.reduce((lowest, layer) => (LAYERS.indexOf(layer) < LAYERS.indexOf(lowest) ? layer : lowest));
  const start = cycle.indexOf(first);
  const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
  return [...ordered, first].join(' → ');
}
