import type { Snapshot } from './snapshot';
import type { StoreChange, StoredDocument } from './storeChanges';
import { withoutSystemProperties } from './systemProperties';
import { withoutEtag } from './withoutEtag';

interface ContainerImage {
  partitionKeyPaths: string[];
  documents: Map<string, StoredDocument>;
}

/**
 * What the embedded store holds, kept beside it from the changes the journal records. A snapshot is taken from here in
 * one synchronous step, so it is exactly the store as of one point of the journal, whatever writes are under way.
 */
export class StoreImage {
  private readonly databases = new Map<string, Map<string, ContainerImage>>();

  static fromSnapshot(snapshot: Snapshot | undefined): StoreImage {
    const image = new StoreImage();
    for (const database of snapshot?.databases ?? []) {
      image.apply([{ op: 'database', database: database.id }]);
      for (const container of database.containers) {
        image.apply([{ op: 'container', database: database.id, container: container.id, partitionKeyPaths: container.partitionKeyPaths }]);
        for (const item of container.items) {
          image.apply([{ op: 'put', database: database.id, container: container.id, document: item }]);
        }
      }
    }
    return image;
  }

  apply(changes: readonly StoreChange[]): void {
    for (const change of changes) this.applyOne(change);
  }

  toSnapshot(journalGeneration: number): Snapshot {
    return {
      version: 1,
      savedAt: new Date().toISOString(),
      journalGeneration,
      databases: [...this.databases].map(([id, containers]) => ({
        id,
        containers: [...containers].map(([containerId, container]) => ({
          id: containerId,
          partitionKeyPaths: container.partitionKeyPaths,
          items: [...container.documents.values()],
        })),
      })),
    };
  }

  private applyOne(change: StoreChange): void {
    switch (change.op) {
      case 'database':
        if (!this.databases.has(change.database)) this.databases.set(change.database, new Map());
        return;
      case 'dropDatabase':
        this.databases.delete(change.database);
        return;
      case 'container':
        this.containersOf(change.database).set(change.container, {
          partitionKeyPaths: change.partitionKeyPaths,
          documents: new Map(),
        });
        return;
      case 'dropContainer':
        this.containersOf(change.database).delete(change.container);
        return;
      case 'put': {
        const container = this.containerOf(change.database, change.container);
        const document = withoutEtag(withoutSystemProperties(change.document)) as StoredDocument;
        container.documents.set(documentKey(partitionOf(container, document), document.id), document);
        return;
      }
      case 'delete':
        this.containerOf(change.database, change.container).documents.delete(
          documentKey(partitionFromHeader(change.partitionKey), change.id),
        );
    }
  }

  private containersOf(database: string): Map<string, ContainerImage> {
    let containers = this.databases.get(database);
    if (!containers) this.databases.set(database, (containers = new Map<string, ContainerImage>()));
    return containers;
  }

  private containerOf(database: string, container: string): ContainerImage {
    const found = this.containersOf(database).get(container);
    if (found) return found;
    const created: ContainerImage = { partitionKeyPaths: [], documents: new Map() };
    this.containersOf(database).set(container, created);
    return created;
  }
}

/** The server's own identity of a document: its partition key value (or, without one, its id) and its id. */
function documentKey(partition: unknown, id: string): string {
  return JSON.stringify([partition || id, id]);
}

function partitionOf(container: ContainerImage, document: StoredDocument): unknown {
  const [path] = container.partitionKeyPaths;
  const keys = !path || path === '/_partitionKey' ? ['id'] : path.slice(1).split('/');
  let value: unknown = document;
  for (const key of keys) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** `["t1"]` or `"t1"`; an object (`[{}]`, no partition key) stands for none. */
function partitionFromHeader(header: string | undefined): unknown {
  if (header === undefined) return undefined;
  const parsed = JSON.parse(header) as unknown;
  const value: unknown = Array.isArray(parsed) ? (parsed as unknown[])[0] : parsed;
  return typeof value === 'object' ? undefined : value;
}
