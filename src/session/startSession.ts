// Start-up by URL: the own planner (hydrate + persist), a shared path (#share=, read-only, nothing stored is
// touched until "Save as my profile"), or a hosted catalog (?catalog=: the visitor's profiles are loaded and saved,
// the fetched catalog is shown but never stored over the visitor's own documents).
import type { Catalog, SourceDocument } from '../domain/types';
import { SEED_DOCUMENTS } from '../seeds';
import { decodeShare, type SharedPath } from '../share/payload';
import { readLocation, shareUrl } from '../share/location';
import { openBackend } from '../storage/backend';
import { catalogText } from '../storage/catalogText';
import { SCHEMA_VERSION } from '../storage/schema';
import { hydrateAndPersist } from './hydrate';
import { startPersistence } from './persist';
import { createStorage, type PlannerStorage } from '../storage/storage';
import { mergeSources } from '../store/catalogSlice';
import { newProfileId, uniqueProfileName } from '../store/profileActions';
import { initialProfiles } from '../store/progressSlice';
import type { PlannerStore } from '../store/store';
import type { Profile } from '../store/types';
import { fetchCatalogDocument } from './fetchCatalog';
import { sessionStore } from './sessionStore';

export const SHARED_PROFILE_ID = 'shared';

export interface SessionEnv {
  href: string;
  /** Navigates to another address of the app (a full load). */
  navigate(href: string): void;
  fetch?: typeof fetch;
}

function browserEnv(): SessionEnv {
  return { href: location.href, navigate: (href) => location.replace(href) };
}

async function build(docs: SourceDocument[]): Promise<Catalog> {
  const { buildCatalog } = await import('../domain/catalog');
  return buildCatalog(docs);
}

export async function startSession(store: PlannerStore, env: SessionEnv = browserEnv()): Promise<void> {
  const req = readLocation(env.href);
  const own = shareUrl(env.href, null, null);
  if (!req.shareToken && !req.catalogUrl) {
    await hydrateAndPersist(store);
    return;
  }
  let shared: SharedPath | null = null;
  if (req.shareToken) {
    sessionStore.setState({ loading: 'Reading the shared path…' });
    const decoded = await decodeShare(req.shareToken);
    if (!decoded.ok) return fallBackToOwn(store, decoded.error);
    shared = decoded.path;
  }

  const catalogUrl = req.catalogUrl ?? shared?.catalogUrl ?? null;
  let docs: SourceDocument[];
  let sources: SourceDocument[];
  if (catalogUrl) {
    sessionStore.setState({ loading: `Loading the catalog from ${catalogUrl}…`, catalogUrl });
    const fetched = await fetchCatalogDocument(catalogUrl, env.href, env.fetch);
    if (!fetched.ok) return fallBackToOwn(store, fetched.error);
    // A hosted catalog is the whole curriculum: shown as it is, without the built-in seed documents.
    docs = [fetched.doc];
    sources = [fetched.doc];
  } else if (shared?.graph) {
    // The sender's catalog (or the path's part of it) as nodes and links: shown alone, like a hosted catalog.
    docs = [shared.graph.document];
    sources = docs;
  } else {
    sources = shared?.sources ?? [];
    docs = [...SEED_DOCUMENTS, ...sources];
  }
  const catalog = await build(docs);
  if (catalog.nodes.length === 0) {
    const why = catalog.diagnostics.find((d) => d.severity === 'error')?.message;
    return fallBackToOwn(
      store,
      `No curriculum was found in ${catalogUrl ?? 'the shared link'}${why ? `: ${why}` : '.'}`,
    );
  }

  const s = store.getState();
  if (shared) {
    const path = shared;
    s.setStorageMode('memory');
    s.setProfiles({
      activeId: SHARED_PROFILE_ID,
      profiles: {
        [SHARED_PROFILE_ID]: {
          id: SHARED_PROFILE_ID,
          name: path.name || 'Shared path',
          statuses: path.statuses,
          goal: path.goal,
          pace: path.pace,
          notes: {},
        },
      },
    });
    s.setCatalog(catalog, sources);
    if (path.paceNote) s.notify('warning', path.paceNote);
    // The store refuses every change itself, with a hint (store/modeSlice.ts); nothing is written anywhere.
    s.setMode('read-only');
    sessionStore.setState({
      mode: 'shared',
      sharedName: path.name || null,
      sharedGraph: path.graph
        ? { shown: path.graph.shown, total: path.graph.total, titles: path.graph.titles }
        : null,
      catalogUrl,
      loading: null,
      leave: () => env.navigate(own),
      saveAsMyProfile: () => saveShared(path, catalogUrl, env),
    });
  } else {
    await startHosted(store, catalog, sources);
    sessionStore.setState({ mode: 'hosted', catalogUrl, loading: null, leave: () => env.navigate(own) });
  }
  store.getState().requestFit();
}

async function fallBackToOwn(store: PlannerStore, error: string): Promise<void> {
  sessionStore.setState({
    mode: 'own',
    loading: null,
    error: `${error} Your own planner is shown; nothing stored was changed.`,
  });
  await hydrateAndPersist(store);
}

/** The visitor's profiles and settings load and save as usual; the hosted catalog (and positions on it) are never stored. */
async function startHosted(store: PlannerStore, catalog: Catalog, sources: SourceDocument[]): Promise<void> {
  const kv = await openBackend();
  const storage = createStorage(kv);
  const s = store.getState();
  const { records, problems } = await storage
    .loadAll()
    .catch(() => ({ records: {}, problems: [] }) as Awaited<ReturnType<PlannerStorage['loadAll']>>);
  for (const p of problems) s.notify(p.kind === 'newer' ? 'error' : 'warning', p.message);
  if (records.profiles)
    s.setProfiles({ activeId: records.profiles.activeId, profiles: records.profiles.profiles });
  if (records.settings) s.setSettings(records.settings);
  s.setCatalog(catalog, sources);
  s.setStorageMode(kv.kind);
  if (problems.some((p) => p.kind === 'newer')) return;
  const profilesOnly: PlannerStorage = {
    persistent: storage.persistent,
    loadAll: () => storage.loadAll(),
    save: (batch) =>
      storage.save({
        ...(batch.profiles ? { profiles: batch.profiles } : {}),
        ...(batch.settings ? { settings: batch.settings } : {}),
      }),
  };
  startPersistence(store, profilesOnly, {
    onError: (error) =>
      store
        .getState()
        .notify('error', `Saving failed: ${error instanceof Error ? error.message : String(error)}`),
  });
}

/** Adds the shared path to the visitor's stored profiles (new id, unique name) and opens the visitor's planner. */
async function saveShared(path: SharedPath, catalogUrl: string | null, env: SessionEnv): Promise<void> {
  sessionStore.setState({ saving: true });
  try {
    const storage = createStorage(await openBackend());
    const { records, problems } = await storage.loadAll();
    if (problems.some((p) => p.kind === 'newer'))
      throw new Error('a newer version of the planner saved your data');
    const current = records.profiles
      ? { activeId: records.profiles.activeId, profiles: records.profiles.profiles }
      : initialProfiles();
    const name = uniqueProfileName(path.name || 'Shared path', current.profiles);
    const profile: Profile = {
      id: newProfileId(name, current.profiles),
      name,
      statuses: path.statuses,
      goal: path.goal,
      pace: path.pace,
      notes: {},
    };
    const profiles = { ...current.profiles, [profile.id]: profile };
    const batch: Parameters<PlannerStorage['save']>[0] = {
      // Progress kept aside (I3) is the visitor's too: written back as it was.
      profiles: {
        schemaVersion: SCHEMA_VERSION,
        activeId: profile.id,
        profiles,
        aside: records.profiles?.aside ?? {},
      },
    };
    const documents = path.sources?.length ? path.sources : path.graph ? [path.graph.document] : [];
    if (!catalogUrl && documents.length) {
      // The path is about documents the visitor may not have: add them, so the saved statuses mean something.
      const merged = mergeSources(records.sources?.documents ?? [], documents);
      const catalog = await build([...SEED_DOCUMENTS, ...merged]);
      batch.sources = { schemaVersion: SCHEMA_VERSION, documents: merged };
      batch.catalog = {
        schemaVersion: SCHEMA_VERSION,
        catalogJson: catalogText(catalog),
      };
    }
    await storage.save(batch);
    env.navigate(shareUrl(env.href, null, catalogUrl));
  } catch (error) {
    sessionStore.setState({
      error: `Could not save the path (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
    });
  } finally {
    sessionStore.setState({ saving: false });
  }
}
