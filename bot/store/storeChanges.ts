/**
 * What a write did to the embedded store, as the server applied it: the journal records these, and replaying them in
 * order over the snapshot rebuilds the store.
 */
export type StoreChange =
  | { op: 'database'; database: string }
  | { op: 'dropDatabase'; database: string }
  | { op: 'container'; database: string; container: string; partitionKeyPaths: string[] }
  | { op: 'dropContainer'; database: string; container: string }
  /** The document after the write (create, replace, upsert, patch). */
  | { op: 'put'; database: string; container: string; document: StoredDocument }
  /** `partitionKey` as the request's partition key header gave it (JSON text). */
  | { op: 'delete'; database: string; container: string; id: string; partitionKey: string | undefined };

export type StoredDocument = Record<string, unknown> & { id: string };

interface BatchOperation {
  operationType?: string;
  id?: string;
  partitionKey?: string;
}

interface BatchResult {
  statusCode?: number;
  resourceBody?: StoredDocument;
}

export interface AnsweredWrite {
  method: string;
  /** Decoded path segments, e.g. ['dbs', 'db', 'colls', 'c', 'docs', 'id']. */
  segments: string[];
  partitionKeyHeader: string | undefined;
  isBatch: boolean;
  requestBody: string;
  statusCode: number;
  responseBody: string;
}

/** The changes a successful write made, read from its request and the server's answer; none for a failed one. */
export function changesOf(write: AnsweredWrite): StoreChange[] {
  if (write.statusCode < 200 || write.statusCode >= 300) return [];
  const [dbs, database, colls, container, docs, id] = write.segments;
  if (dbs !== 'dbs') return [];
  if (database === undefined) {
    return write.method === 'POST' ? [{ op: 'database', database: parse<{ id: string }>(write.responseBody).id }] : [];
  }
  if (colls === undefined) return write.method === 'DELETE' ? [{ op: 'dropDatabase', database }] : [];
  if (colls !== 'colls') return [];
  if (container === undefined) {
    if (write.method !== 'POST') return [];
    const created = parse<{ id: string; partitionKey?: { paths?: string[] } }>(write.responseBody);
    return [{ op: 'container', database, container: created.id, partitionKeyPaths: created.partitionKey?.paths ?? [] }];
  }
  if (docs === undefined) return write.method === 'DELETE' ? [{ op: 'dropContainer', database, container }] : [];
  if (docs !== 'docs') return [];
  if (write.method === 'DELETE' && id !== undefined) {
    return [{ op: 'delete', database, container, id, partitionKey: write.partitionKeyHeader }];
  }
  if (write.isBatch) return batchChanges(database, container, write);
  const document = parse<StoredDocument>(write.responseBody);
  return typeof document.id === 'string' ? [{ op: 'put', database, container, document }] : [];
}

function batchChanges(database: string, container: string, write: AnsweredWrite): StoreChange[] {
  const operations = parse<BatchOperation[]>(write.requestBody);
  const results = parse<BatchResult[]>(write.responseBody);
  const changes: StoreChange[] = [];
  results.forEach((result, index) => {
    const operation = operations[index];
    if (!operation || result.statusCode === undefined || result.statusCode >= 300) return;
    if (operation.operationType === 'Delete' && operation.id !== undefined) {
      changes.push({ op: 'delete', database, container, id: operation.id, partitionKey: operation.partitionKey });
    } else if (operation.operationType !== 'Read' && result.resourceBody) {
      changes.push({ op: 'put', database, container, document: result.resourceBody });
    }
  });
  return changes;
}

function parse<T>(text: string): T {
  return JSON.parse(text) as T;
}
