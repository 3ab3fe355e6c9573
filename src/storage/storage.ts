// The planner's storage: load and save named, versioned records. Invalid records are kept aside, never deleted.
import type { KeyValueBackend } from './backend';
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
}

export interface PlannerStorage {
  readonly persistent: boolean;
  loadAll(): Promise<LoadResult>;
  save(records: Partial<StoredRecords>): Promise<void>;
}

export function recordKey(name: RecordName): string {
  return KEY_PREFIX + name;
}

export function createStorage(backend: KeyValueBackend): PlannerStorage {
  return {
    persistent: backend.kind === 'indexeddb',
    async loadAll() {
      const records: Partial<StoredRecords> = {};
      const problems: LoadProblem[] = [];
      for (const name of RECORD_NAMES) {
        const raw = await backend.get(recordKey(name));
        if (raw === undefined) continue;
        const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
        if (typeof version === 'number' && version > SCHEMA_VERSION) {
          problems.push({ record: name, kind: 'newer', asideKey: null, message: `${name} was saved by a newer version of the planner (schema ${version}).` });
          continue;
        }
        const parsed = recordSchemas[name].safeParse(raw);
        if (parsed.success) {
          (records as Record<string, unknown>)[name] = parsed.data;
        } else {
          const asideKey = await setAside(backend, name, raw);
          const first = parsed.error.issues[0];
          const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid';
          problems.push({ record: name, kind: 'invalid', asideKey, message: `Saved ${name} could not be read (${where}); kept aside as "${asideKey}".` });
        }
      }
      return { records, problems };
    },
    async save(records) {
      const entries = Object.entries(records).map(([name, value]) => [recordKey(name as RecordName), value] as [string, unknown]);
      if (entries.length) await backend.setMany(entries);
    },
  };
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
