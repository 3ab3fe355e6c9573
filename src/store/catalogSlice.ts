// Catalog slice: imported sources and the catalog built from seeds + sources.
import { SOURCE_EXTENSION_LIST } from '../domain/limits';
import type { StateCreator } from 'zustand';
import { followProgress } from '../domain/followProgress';
import { indexCatalog, type CatalogIndex } from '../domain/graph';
import type { Catalog, Diagnostic, SourceDocument } from '../domain/types';
import type { StoreDeps } from './deps';
import { catalogDiff, idsByPath, replacedPaths, snapshotOf } from './catalogChanges';
import { followNotice } from './followNotice';
import { describeRejected, type ScreenedDocuments } from './importLimits';
import { IMPORT_NOTICE_SLOT, importCounts, importNotice } from './importNotice';
import { refusedInReadOnly } from './modeSlice';
import type { CatalogSlice, PlannerState } from './types';

export const EMPTY_CATALOG: Catalog = { nodes: [], edges: [], diagnostics: [] };

export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Catalogs this big are shown in steps, each a task of its own: the catalog indexed (~20 ms at 2,000 nodes),
 * then the page rendered for it. Done in one task it ran over 50 ms.
 */
export const STAGED_FROM_NODES = 500;

/** Imports of this many documents (a repository folder) give the browser a turn between showing and telling. */
const STAGED_FROM_DOCS = 200;

/** Imports of more documents than this skip the older-version check (C1): each document is parsed once more. */
const REPLACE_CHECK_LIMIT = 50;

/** Same path replaces; otherwise documents are appended in the order given. */
export function mergeSources(current: SourceDocument[], incoming: SourceDocument[]): SourceDocument[] {
  const byPath = new Map(current.map((d) => [d.path, d] as const));
  for (const doc of incoming) byPath.set(doc.path, { path: doc.path, text: doc.text });
  return [...byPath.values()];
}

/** A cheap, stable fingerprint (FNV-1a over paths and texts). */
export function documentsSignature(docs: SourceDocument[]): string {
  let h = 0x811c9dc5;
  for (const d of docs) {
    for (const text of [d.path, '\u0000', d.text, '\u0001']) {
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    }
  }
  return `${docs.length}:${h.toString(16)}`;
}

export function createCatalogSlice(deps: StoreDeps): StateCreator<PlannerState, [], [], CatalogSlice> {
  return (set, get) => {
    /** The catalog of seeds + sources, `leading` diagnostics (files refused before reading) first. */
    async function build(sources: SourceDocument[], leading: Diagnostic[] = []): Promise<Catalog | null> {
      try {
        const docs = [...deps.seeds, ...sources];
        // Large imports are parsed in a Web Worker so the page keeps responding (null: not worth it / unavailable).
        const offThread = deps.parseOffThread ? await deps.parseOffThread(docs, leading) : null;
        if (offThread) {
          // Receiving a big catalog from the worker is a task of its own; starting the layout workers it will
          // need, indexing it and showing it are the next ones (showCatalog).
          await nextTask();
          if (offThread.nodes.length >= STAGED_FROM_NODES) deps.prepareLayout?.(offThread.nodes.length);
          return offThread;
        }
        const buildCatalog = await deps.loadBuildCatalog();
        const built = buildCatalog(docs);
        return leading.length ? { ...built, diagnostics: [...leading, ...built.diagnostics] } : built;
      } catch (error) {
        // The parser never throws for content; an exception here is a bug. Keep what the user had.
        get().notify(
          'error',
          `The documents could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
        );
        return null;
      }
    }

    return {
      sources: [],
      catalog: EMPTY_CATALOG,
      index: indexCatalog(EMPTY_CATALOG),
      catalogReady: false,
      seedSignature: documentsSignature(deps.seeds),

      setCatalog(catalog, sources, index, options) {
        const next = index?.catalog === catalog ? index : indexCatalog(catalog);
        const s = get();
        // I1–I6: progress follows its node to its new key (or is kept aside), in the same update as the catalog.
        const followed = followProgress(
          { profiles: s.profiles, positions: s.manualPositions, aside: s.aside },
          s.catalogReady ? s.index : null,
          next,
        );
        set({
          catalog,
          sources,
          index: next,
          catalogReady: true,
          ...(followed.changed
            ? {
                profiles: followed.profiles,
                manualPositions: followed.positions as PlannerState['manualPositions'],
                aside: followed.aside,
                // Undo entries name the old keys; the selected node follows its progress.
                lastChange: null,
                undoStack: [],
                selectedKey: followed.report.moved.find((m) => m.from === s.selectedKey)?.to ?? s.selectedKey,
              }
            : {}),
        });
        const notice = followNotice(followed.report, next);
        // R45: in the catalog's one notice slot, so a reset's or an undo's own notice replaces it rather than stacking.
        if (notice && !options?.quiet) get().notify('info', notice, { slot: IMPORT_NOTICE_SLOT });
        void get().computeLayout();
        return notice;
      },

      async showCatalog(catalog, sources, options) {
        let index: CatalogIndex | undefined;
        if (catalog.nodes.length >= STAGED_FROM_NODES) {
          await nextTask();
          index = indexCatalog(catalog);
          await nextTask();
        }
        return get().setCatalog(catalog, sources, index, options);
      },

      async rebuildCatalog(sources) {
        const catalog = await build(sources);
        if (catalog) await get().showCatalog(catalog, sources);
      },

      async importDocuments(docs) {
        if (refusedInReadOnly(get())) return null;
        // Files refused before reading (size/count limits, other types) are reported as diagnostics naming them.
        const rejected = (docs as ScreenedDocuments).rejected ?? [];
        if (docs.length === 0) {
          if (rejected.length) {
            const { catalog, sources } = get();
            get().setCatalog({ ...catalog, diagnostics: [...rejected, ...catalog.diagnostics] }, sources);
          }
          get().notify(
            'warning',
            `No readable documents found ${SOURCE_EXTENSION_LIST}.${describeRejected(rejected)}`,
            { slot: IMPORT_NOTICE_SLOT },
          );
          return null;
        }
        const nodesBefore = get().catalog.nodes.length;
        const before = get().catalog;
        // C1: a stored document whose ids the new one defines is its older version, whatever path it came by.
        let replaced: string[] = [];
        if (docs.length <= REPLACE_CHECK_LIMIT) {
          try {
            const buildOne = await deps.loadBuildCatalog();
            const incomingIds = new Map(
              docs.map((d) => [d.path, idsByPath(buildOne([d])).get(d.path) ?? new Set<string>()]),
            );
            replaced = replacedPaths(get().sources, idsByPath(before), incomingIds);
          } catch {
            // A parser failure is reported by build() below; the check is skipped.
          }
        }
        const gone = new Set(replaced);
        const sources = mergeSources(
          get().sources.filter((d) => !gone.has(d.path)),
          docs,
        );
        // The refused files' diagnostics are built in (in the worker for a big import: its JSON text is made there).
        const catalog = await build(sources, rejected);
        if (!catalog) return null;
        const followed = await get().showCatalog(catalog, sources, { quiet: true });
        set({ catalogUndo: null }); // an undo of an earlier reset would now drop this import
        get().requestFit();
        // The map renders and is saved in this task; the counts and the notice come in the next (R45: a
        // repository import has thousands of diagnostics to count, and together they ran over 50 ms).
        if (docs.length >= STAGED_FROM_DOCS) await nextTask();
        const summary = {
          files: docs.length,
          nodesBefore,
          nodesAfter: catalog.nodes.length,
          diagnostics: catalog.diagnostics.length,
        };
        // R45: one notice per import, with the counts; it replaces the previous import's notice.
        const counts = importCounts(
          catalog,
          docs.map((d) => d.path),
          rejected,
          catalogDiff(before, catalog),
        );
        const replacedText = replaced.length
          ? `Replaced the older version${replaced.length === 1 ? '' : 's'}: ${replaced.join(', ')}.`
          : '';
        const { tone, text } = importNotice(counts, [
          replacedText,
          describeRejected(rejected),
          followed ?? '',
        ]);
        get().notify(tone, text, { slot: IMPORT_NOTICE_SLOT });
        return summary;
      },

      catalogUndo: null,

      async resetCatalog() {
        if (refusedInReadOnly(get())) return;
        const snapshot = snapshotOf(get(), 'reset');
        const catalog = await build([]);
        if (!catalog) return;
        await get().showCatalog(catalog, []);
        set({ catalogUndo: snapshot });
        get().requestFit();
        get().notify(
          'info',
          `Back to the default catalog (${snapshot.sources.length} imported document${snapshot.sources.length === 1 ? '' : 's'} removed). Undo brings them and all progress back.`,
          // R45: the catalog's one notice: it replaces the import's, and the undo's replaces it.
          { slot: IMPORT_NOTICE_SLOT },
        );
      },

      undoCatalogChange() {
        if (refusedInReadOnly(get())) return;
        const snapshot = get().catalogUndo;
        if (!snapshot) return;
        get().setCatalog(snapshot.catalog, snapshot.sources);
        // The progress exactly as it was, on the keys of the restored catalog.
        set({
          profiles: snapshot.profiles,
          aside: snapshot.aside,
          manualPositions: snapshot.manualPositions,
          catalogUndo: null,
          lastChange: null,
          undoStack: [],
        });
        get().requestFit();
        get().notify('info', 'The documents and all progress are back as they were.', {
          slot: IMPORT_NOTICE_SLOT,
        });
      },
    };
  };
}
