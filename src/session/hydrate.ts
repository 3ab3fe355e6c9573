// Start-up: load stored records, hydrate the store, then (and only then) start the persistence subscriber.
import type { PlannerStore } from '../store/store';
import { openBackend, type KeyValueBackend } from '../storage/backend';
import { LocalPersistence, type PersistOptions } from './persist';
import { recordOf } from './records';
import {
  NewerDataError,
  createStorage,
  recordKey,
  type LoadedCatalog,
  type LoadOptions,
} from '../storage/storage';

export interface StartResult {
  /** `ready` when this tab saves; `failed` or `newer-schema` (with a notice saying why) when it does not. */
  persistence: LocalPersistence;
  persistent: boolean;
}

/** What a failed write tells the learner. Nothing was half-written: each batch is one transaction. */
export function saveErrorMessage(error: unknown): string {
  if (error instanceof NewerDataError) {
    return 'This tab stopped saving: a newer version of the planner (open in another tab?) wrote your data. Reload the page.';
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (
    name === 'QuotaExceededError' ||
    /quota/i.test(String(error instanceof Error ? error.message : error))
  ) {
    return 'Saving failed: browser storage is full. Your last change was NOT saved (earlier progress is intact). Free some disk space or download a backup.';
  }
  return `Saving failed: ${error instanceof Error ? error.message : String(error)}. Your last change was not saved; earlier progress is intact.`;
}

/** Asks the browser not to evict our data under storage pressure. Once per page, best effort. */
export async function requestPersistentStorage(
  nav:
    | { storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> } }
    | undefined = typeof navigator !== 'undefined' ? navigator : undefined,
): Promise<boolean | null> {
  const storage = nav?.storage;
  if (!storage?.persist) return null;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

/** Stored sources at least this long (characters) mean a catalog big enough to read in a worker (~1,000 nodes). */
export const READ_CATALOG_OFF_THREAD_CHARS = 1_000_000;

/** For IndexedDB and big stored sources: read the catalog in a worker (storage/catalogRead.ts), in parts. */
function catalogReader(kv: KeyValueBackend): LoadOptions['readCatalog'] {
  const database = kv.database;
  if (!database) return undefined;
  return async (loaded) => {
    let chars = 0;
    for (const d of loaded.sources?.documents ?? []) chars += d.text.length;
    if (chars < READ_CATALOG_OFF_THREAD_CHARS) return null;
    const { readCatalogOffThread } = await import('../storage/catalogRead');
    return readCatalogOffThread(database, recordKey('catalog'));
  };
}

export async function hydrateAndPersist(
  store: PlannerStore,
  backend?: KeyValueBackend,
  options: PersistOptions = {},
): Promise<StartResult> {
  const kv = backend ?? (await openBackend());
  const storage = createStorage(kv);
  const s = store.getState();
  // Created `loading`: it writes nothing until the store holds what is stored (start(), below).
  const persistence = new LocalPersistence(store, storage, {
    ...options,
    onError: (error) => store.getState().notify('error', saveErrorMessage(error)),
  });
  let records: Awaited<ReturnType<typeof storage.loadAll>>['records'] = {};
  let problems: Awaited<ReturnType<typeof storage.loadAll>>['problems'] = [];
  let loaded: LoadedCatalog | undefined;
  try {
    ({ records, problems, catalog: loaded } = await storage.loadAll({ readCatalog: catalogReader(kv) }));
  } catch (error) {
    s.notify(
      'error',
      `Saved data could not be read (${error instanceof Error ? error.message : String(error)}). Running without saving.`,
    );
    s.setStorageMode('memory');
    persistence.refuse('failed', 'the stored data could not be read');
    await s.rebuildCatalog([]);
    return { persistence, persistent: false };
  }

  for (const p of problems) s.notify(p.kind === 'newer' ? 'error' : 'warning', p.message);

  if (records.profiles) {
    s.setProfiles({ activeId: records.profiles.activeId, profiles: records.profiles.profiles });
    s.setAside(records.profiles.aside ?? {});
  }
  if (records.positions) s.setManualPositions({ LR: records.positions.LR, TB: records.positions.TB });
  if (records.settings) s.setSettings(records.settings);
  // Before the catalog: a stored layout of the same graph means no layout at all (viewSlice computeLayout).
  if (records.layout) {
    const { schemaVersion: _version, ...cache } = records.layout;
    s.setLayoutCache(cache);
  }
  const loadedLayout = store.getState().layoutCache;
  const sources = records.sources?.documents ?? [];
  // A reload uses the stored built catalog, so the parser is not even downloaded.
  // A catalog built from other seeds (an app update shipped new ones) is rebuilt from the stored sources.
  const catalogStored = !!loaded && loaded.seedSignature === s.seedSignature;
  if (catalogStored && loaded) await s.showCatalog(loaded.catalog, sources);
  else await s.rebuildCatalog(sources);

  s.setStorageMode(kv.kind);
  if (problems.some((p) => p.kind === 'newer')) {
    // Never overwrite data written by a newer version of the app.
    s.notify(
      'error',
      'This tab will not save: a newer version of the planner wrote your data. Reload with the newer version.',
    );
    persistence.refuse('newer-schema', 'a newer version of the planner wrote the stored data');
    return { persistence, persistent: false };
  }
  persistence.start(records);
  if (kv.kind === 'indexeddb') void requestPersistentStorage();
  if (!catalogStored && store.getState().catalogReady) {
    // Built on this start: save it once so the next start needs no parsing.
    const state = store.getState();
    await storage
      .save({ catalog: recordOf('catalog', state), sources: recordOf('sources', state) })
      .catch(() => undefined);
  }
  // A layout that landed before persistence started watching is saved here (one landing later, by persistence).
  if (store.getState().layoutCache !== loadedLayout)
    await storage.save({ layout: recordOf('layout', store.getState()) }).catch(() => undefined);
  return { persistence, persistent: kv.kind === 'indexeddb' };
}
