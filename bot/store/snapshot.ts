import type { CosmosClient, JSONObject, OperationInput } from '@azure/cosmos';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { bulkInChunks } from './bulk';
import { replaceFileDurably } from './durableFiles';

const SnapshotSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  /** The first journal file written after this snapshot; older ones are already in it. */
  journalGeneration: z.number().int().min(0).default(0),
  databases: z.array(
    z.object({
      id: z.string(),
      containers: z.array(
        z.object({
          id: z.string(),
          partitionKeyPaths: z.array(z.string()),
          items: z.array(z.looseObject({ id: z.string() })),
        }),
      ),
    }),
  ),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** Loads a snapshot into an empty server through the Cosmos protocol, many documents per request. */
export async function restoreSnapshot(client: CosmosClient, snapshot: Snapshot): Promise<void> {
  for (const databaseSnapshot of snapshot.databases) {
    const { database } = await client.databases.createIfNotExists({ id: databaseSnapshot.id });
    for (const containerSnapshot of databaseSnapshot.containers) {
      const { container } = await database.containers.createIfNotExists({
        id: containerSnapshot.id,
        partitionKey: { paths: containerSnapshot.partitionKeyPaths },
      });
      const upserts: OperationInput[] = containerSnapshot.items.map((item) => ({
        operationType: 'Upsert',
        resourceBody: item as JSONObject,
      }));
      const failed = (await bulkInChunks(container, upserts)).find((response) => response.statusCode >= 300);
      if (failed) throw new Error(`Could not restore the container ${containerSnapshot.id}: status ${failed.statusCode}`);
    }
  }
}

/** Replaces the data file so that a crash at any moment leaves either the old snapshot or the new one. */
export async function writeSnapshotFile(path: string, snapshot: Snapshot): Promise<void> {
  await replaceFileDurably(path, JSON.stringify(snapshot));
}

export async function readSnapshotFile(path: string): Promise<Snapshot | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = SnapshotSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`The data file ${path} is not a valid snapshot: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`);
  }
  return parsed.data;
}
