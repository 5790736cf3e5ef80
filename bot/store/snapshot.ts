import type { CosmosClient } from '@azure/cosmos';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { withoutSystemProperties } from './systemProperties';
import { withoutEtag } from './withoutEtag';

const SnapshotSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  databases: z.array(
    z.object({
      id: z.string(),
      containers: z.array(
        z.object({
          id: z.string(),
          partitionKeyPaths: z.array(z.string()),
          items: z.array(z.record(z.string(), z.unknown())),
        }),
      ),
    }),
  ),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** Reads every database, container and item through the Cosmos protocol, without system properties. */
export async function takeSnapshot(client: CosmosClient): Promise<Snapshot> {
  const { resources: databases } = await client.databases.readAll().fetchAll();
  const snapshot: Snapshot = { version: 1, savedAt: new Date().toISOString(), databases: [] };
  for (const databaseDef of databases) {
    const database = client.database(databaseDef.id);
    const { resources: containers } = await database.containers.readAll().fetchAll();
    const containerSnapshots = [];
    for (const containerDef of containers) {
      const { resources: items } = await database.container(containerDef.id).items.readAll().fetchAll();
      containerSnapshots.push({
        id: containerDef.id,
        partitionKeyPaths: containerDef.partitionKey?.paths ?? ['/id'],
        items: items.map(asRestorable),
      });
    }
    snapshot.databases.push({ id: databaseDef.id, containers: containerSnapshots });
  }
  return snapshot;
}

export async function restoreSnapshot(client: CosmosClient, snapshot: Snapshot): Promise<void> {
  for (const databaseSnapshot of snapshot.databases) {
    const { database } = await client.databases.createIfNotExists({ id: databaseSnapshot.id });
    for (const containerSnapshot of databaseSnapshot.containers) {
      const { container } = await database.containers.createIfNotExists({
        id: containerSnapshot.id,
        partitionKey: { paths: containerSnapshot.partitionKeyPaths },
      });
      for (const item of containerSnapshot.items) {
        await container.items.upsert(item);
      }
    }
  }
}

/** Writes to a temporary file first, so a crash mid-write never leaves a truncated data file behind. */
export async function writeSnapshotFile(path: string, snapshot: Snapshot): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(snapshot), 'utf8');
  await rename(temporary, path);
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

/** A snapshot is restored as new documents: the ETag goes too. */
function asRestorable(item: Record<string, unknown>): Record<string, unknown> {
  return withoutEtag(withoutSystemProperties(item));
}
