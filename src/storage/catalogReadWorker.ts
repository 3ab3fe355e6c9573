// Web Worker: reads the stored catalog record and sends it back in parts (store/catalogParts.ts). Reading a
// 2,000-node catalog on the main thread deserializes it in one task of 40–80 ms on every start; in parts of a
// few hundred nodes each message is a few ms. Only a record that loads cleanly comes back this way; anything
// else (missing, from another version, invalid) is answered `unavailable` and left to the main thread's loader,
// which reports, migrates or sets it aside as usual.
import { createStore, get } from 'idb-keyval';
import { readCatalogJson } from '../domain/catalogJson';
import { catalogParts, type CatalogPart } from './catalogParts';
import { migrateRecord } from './migrations';
import { SCHEMA_VERSION, recordSchemas, type StoredRecords } from './schema';

export interface CatalogReadRequest {
  id: number;
  database: { name: string; store: string };
  key: string;
}

export type CatalogReadResponse =
  | { id: number; header: Omit<StoredRecords['catalog'], 'catalogJson'>; part: CatalogPart; done: boolean }
  | { id: number; unavailable: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CatalogReadRequest>) => void) | null;
  postMessage(message: CatalogReadResponse): void;
};

async function read({ id, database, key }: CatalogReadRequest): Promise<void> {
  const raw = await get(key, createStore(database.name, database.store));
  if (raw === undefined) return scope.postMessage({ id, unavailable: 'no stored catalog' });
  const step = migrateRecord('catalog', raw, SCHEMA_VERSION);
  if (!step.ok || step.from !== step.to)
    return scope.postMessage({ id, unavailable: 'stored catalog needs the main loader' });
  const parsed = recordSchemas.catalog.safeParse(step.record);
  if (!parsed.success) return scope.postMessage({ id, unavailable: 'stored catalog is invalid' });
  const { catalogJson, ...header } = parsed.data;
  // The record's schema read the text with readCatalogJson, which remembers it: this is not a second parse.
  const read = readCatalogJson(catalogJson);
  if (!read.ok) return scope.postMessage({ id, unavailable: read.error });
  const parts = catalogParts(read.catalog);
  parts.forEach((part, i) => scope.postMessage({ id, header, part, done: i === parts.length - 1 }));
}

scope.onmessage = (event) => {
  read(event.data).catch((err: unknown) =>
    scope.postMessage({ id: event.data.id, unavailable: err instanceof Error ? err.message : String(err) }),
  );
};
