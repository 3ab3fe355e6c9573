// The planner's storage: load and save named, versioned records. Old records are migrated on load; invalid
// records are kept aside, never deleted; records from a newer version are never touched.
// Saving re-reads and merges inside the same transaction, so two tabs never overwrite each other's changes.
import { readCatalogJson } from '../domain/catalogJson';
import type { Catalog } from '../domain/types';
import type { KeyValueBackend } from './backend';
import { mergeRecords } from './merge';
import { migrateRecord } from './migrations';
import { RECORD_NAMES, SCHEMA_VERSION, recordSchemas, type RecordName, type StoredRecords } from './schema';

const KEY_PREFIX = 'planner/';

export interface LoadProblem {
  record: RecordName;
  /** 'invalid': failed validation and was set aside under `asideKey`; 'newer': written by a newer version of the app. */
  kind: 'invalid' | 'newer';
  asideKey: string | null;
  message: string;
}

export interface LoadResult {
  records: Partial<StoredRecords>;
  problems: LoadProblem[];
  /** Records that were migrated from an older schema on this load (name → version they had). */
  migrated?: Partial<Record<RecordName, number>>;
  /** The stored catalog, read (records.catalog holds its JSON text when it was read here). */
  catalog?: LoadedCatalog;
}

/** The stored catalog, read: by the loader from the record's JSON text, or elsewhere (a worker, in parts). */
export interface LoadedCatalog {
  catalog: Catalog;
  /** The seeds it was built with (a catalog built from other seeds is rebuilt). */
  seedSignature?: string;
}

export interface LoadOptions {
  /**
   * Reads the catalog record elsewhere (a worker, in parts) given the records loaded before it (sources come
   * first); null to read it here as usual. What it returns must come from a current, valid record.
   */
  readCatalog?(loaded: Partial<StoredRecords>): Promise<LoadedCatalog | null>;
}

export interface PlannerStorage {
  readonly persistent: boolean;
  loadAll(options?: LoadOptions): Promise<LoadResult>;
  /**
   * Writes the records atomically. With `base` (what this tab last read or wrote), each record is first merged
   * with what is stored now (see merge.ts); the records actually written are returned.
   * Rejects with a NewerDataError, writing nothing, when a newer version of the app has written meanwhile.
   */
  save(records: Partial<StoredRecords>, base?: Partial<StoredRecords>): Promise<Partial<StoredRecords>>;
  /**
   * Writes the records as they are, without reading what is stored (for pagehide, when a read's callback
   * would never run). This tab's state already holds every change other tabs announced.
   */
  saveNow?(records: Partial<StoredRecords>): Promise<void>;
  /** Reads some records as stored now (another tab said it wrote them); invalid or newer ones are left out. */
  load?(names: RecordName[]): Promise<Partial<StoredRecords>>;
}

export class NewerDataError extends Error {
  constructor(record: string, version: number) {
    super(`${record} was saved by a newer version of the planner (schema ${version})`);
    this.name = 'NewerDataError';
  }
}

export function recordKey(name: RecordName): string {
  return KEY_PREFIX + name;
}

/** A stored value as a current-version record, or undefined when it is missing or unreadable. */
function readable<K extends RecordName>(name: K, raw: unknown): StoredRecords[K] | undefined {
  if (raw === undefined) return undefined;
  const migrated = migrateRecord(name, raw, SCHEMA_VERSION);
  if (!migrated.ok) {
    if (migrated.kind === 'newer') throw new NewerDataError(name, migrated.version ?? SCHEMA_VERSION + 1);
    return undefined;
  }
  const parsed = recordSchemas[name].safeParse(migrated.record);
  return parsed.success ? (parsed.data as StoredRecords[K]) : undefined;
}

export function createStorage(backend: KeyValueBackend): PlannerStorage {
  return {
    persistent: backend.kind === 'indexeddb',
    async loadAll(options = {}) {
      const records: Partial<StoredRecords> = {};
      const problems: LoadProblem[] = [];
      const migrated: Partial<Record<RecordName, number>> = {};
      let catalog: LoadedCatalog | undefined;
      for (const name of RECORD_NAMES) {
        if (name === 'catalog' && options.readCatalog) {
          const elsewhere = await options.readCatalog(records);
          if (elsewhere) {
            catalog = elsewhere;
            continue;
          }
        }
        const raw = await backend.get(recordKey(name));
        if (raw === undefined) continue;
        const step = migrateRecord(name, raw, SCHEMA_VERSION);
        if (!step.ok && step.kind === 'newer') {
          problems.push({ record: name, kind: 'newer', asideKey: null, message: step.message });
          continue;
        }
        const parsed = step.ok ? recordSchemas[name].safeParse(step.record) : null;
        if (step.ok && parsed?.success) {
          (records as Record<string, unknown>)[name] = parsed.data;
          if (step.from !== step.to) migrated[name] = step.from;
        } else {
          const asideKey = await setAside(backend, name, raw);
          const first = parsed && !parsed.success ? parsed.error.issues[0] : undefined;
          const where = step.ok
            ? first
              ? `${first.path.join('.') || '(root)'}: ${first.message}`
              : 'invalid'
            : step.message;
          problems.push({
            record: name,
            kind: 'invalid',
            asideKey,
            message: `Saved ${name} could not be read (${where}); kept aside as "${asideKey}".`,
          });
        }
      }
      if (records.catalog && !catalog) {
        // Checked by the record's schema with the same reader: this read is the one parse it remembered.
        const read = readCatalogJson(records.catalog.catalogJson);
        if (read.ok) catalog = { catalog: read.catalog, seedSignature: records.catalog.seedSignature };
      }
      return { records, problems, migrated, ...(catalog ? { catalog } : {}) };
    },

    async save(records, base) {
      const names = Object.keys(records) as RecordName[];
      if (!names.length) return {};
      let written: Partial<StoredRecords> = records;
      await backend.update(names.map(recordKey), (current) => {
        // Whole records (catalog, sources, settings) are only version-checked; the keyed ones are merged.
        const remote: Partial<StoredRecords> = {};
        names.forEach((name, i) => {
          if (base && name === 'profiles') remote.profiles = readable('profiles', current[i]);
          else if (base && name === 'positions') remote.positions = readable('positions', current[i]);
          else checkNotNewer(name, current[i]);
        });
        written = base ? mergeRecords(base, records, remote) : records;
        return names.map((name) => [recordKey(name), written[name]]);
      });
      return written;
    },

    async saveNow(records) {
      const entries = (Object.keys(records) as RecordName[]).map(
        (name) => [recordKey(name), records[name]] as [string, unknown],
      );
      if (entries.length) await backend.putNow(entries);
    },

    async load(names) {
      const out: Partial<StoredRecords> = {};
      for (const name of names) {
        try {
          const value = readable(name, await backend.get(recordKey(name)));
          if (value !== undefined) (out as Record<string, unknown>)[name] = value;
        } catch {
          // a newer record: the next save reports it
        }
      }
      return out;
    },
  };
}

function checkNotNewer(name: RecordName, raw: unknown): undefined {
  const migrated = migrateRecord(name, raw, SCHEMA_VERSION);
  if (!migrated.ok && migrated.kind === 'newer')
    throw new NewerDataError(name, migrated.version ?? SCHEMA_VERSION + 1);
  return undefined;
}

/** Copies an unreadable record under a fresh key so nothing is lost; the original key is then free to be rewritten. */
async function setAside(backend: KeyValueBackend, name: RecordName, raw: unknown): Promise<string> {
  const existing = new Set(await backend.keys());
  let n = 1;
  while (existing.has(`${KEY_PREFIX}invalid/${name}/${n}`)) n++;
  const asideKey = `${KEY_PREFIX}invalid/${name}/${n}`;
  await backend.set(asideKey, raw);
  return asideKey;
}
