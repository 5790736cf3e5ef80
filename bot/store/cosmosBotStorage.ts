import type { Container } from '@azure/cosmos';
import { createHash } from 'node:crypto';
import { ConcurrencyError, statusCodeOf, storeCall } from './errors';

interface StateDocument {
  id: string;
  key: string;
  state: Record<string, unknown>;
}

const MAX_ID_LENGTH = 255;

/** One item of state; its `eTag`, when it has one, is the version it was read at. */
export interface StoreItem {
  eTag?: string;
  [property: string]: unknown;
}

export type StoreItems = Record<string, StoreItem>;

/** What the Bot Framework's conversation and user state read and write, spelled by us: its `Storage` has this shape. */
export interface StateStorage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/**
 * Bot Framework state (dialog stacks, conversation and user state) in a Cosmos container partitioned by `/id`.
 * Our own rather than botbuilder-azure's, so it shares the process's client and store instead of caching a
 * container per process.
 */
export class CosmosBotStorage implements StateStorage {
  constructor(private readonly container: Container) {}

  read(keys: string[]): Promise<StoreItems> {
    return storeCall(() => this.readAll(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return storeCall(() => this.writeAll(changes));
  }

  delete(keys: string[]): Promise<void> {
    return storeCall(() => this.deleteAll(keys));
  }

  private async readAll(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const id = stateDocumentId(key);
        try {
          const { resource } = await this.container.item(id, id).read<StateDocument & { _etag: string }>();
          if (resource) items[key] = { ...resource.state, eTag: resource._etag };
        } catch (error) {
          if (statusCodeOf(error) !== 404) throw error;
        }
      }),
    );
    return items;
  }

  private async writeAll(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, change]) => {
        const { eTag, ...state } = (change ?? {}) as Record<string, unknown>;
        const id = stateDocumentId(key);
        const document: StateDocument = { id, key, state };
        if (typeof eTag === 'string' && eTag !== '*') {
          try {
            await this.container.item(id, id).replace(document, { accessCondition: { type: 'IfMatch', condition: eTag } });
          } catch (error) {
            if (statusCodeOf(error) === 412) throw new ConcurrencyError(key);
            throw error;
          }
        } else {
          await this.container.items.upsert(document);
        }
      }),
    );
  }

  private async deleteAll(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map(async (key) => {
        const id = stateDocumentId(key);
        try {
          await this.container.item(id, id).delete();
        } catch (error) {
          if (statusCodeOf(error) !== 404) throw error;
        }
      }),
    );
  }
}

/**
 * Cosmos ids may not hold `/ \ ? #` and are at most 255 characters; state keys hold slashes and can be long.
 * `*` escapes and `~` marks a hashed id, so both are escaped too: a short key can never spell a long key's id.
 */
export function stateDocumentId(key: string): string {
  const escaped = key.replace(/[\\/?#*~]/g, (character) => `*${character.charCodeAt(0).toString(16)}`);
  if (escaped.length <= MAX_ID_LENGTH) return escaped;
  const digest = createHash('sha256').update(key).digest('hex');
  return `${escaped.slice(0, MAX_ID_LENGTH - digest.length - 1)}~${digest}`;
}
