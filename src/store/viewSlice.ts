// View slice: layout (automatic + manual positions), direction, theme, filters, search, selection and panels.
import type { StateCreator } from 'zustand';
import type { Catalog } from '../domain/types';
import type { Direction } from '../layout/geometry';
import { layoutSignature } from '../layout/signature';
import { STAGED_FROM_NODES, nextTask } from './catalogSlice';
import type { StoreDeps } from './deps';
import { selectPath } from './derived';
import type { PlannerState, ViewSlice } from './types';

const NOTICE_LIMIT = 4;

export function createViewSlice(deps: StoreDeps): StateCreator<PlannerState, [], [], ViewSlice> {
  return (set, get) => {
    let layoutToken = 0;
    /** The layout in flight, if any (a request for the same graph joins it). */
    let running: { signature: string; token: number; done: Promise<void> } | null = null;
    let noticeId = 0;
    let pathToken = 0;

    /** Positions for `catalog` in `direction`: stored ones when its signature matches, else a layout. */
    function layoutFor(catalog: Catalog, direction: Direction): Promise<void> {
      const { layoutCache } = get();
      const input = { nodes: catalog.nodes, edges: catalog.edges };
      const signature = layoutSignature(input, direction);
      // The same graph laid out before (this session or, stored, an earlier one): its positions, no layout.
      const known = layoutCache[direction];
      if (known?.signature === signature) {
        ++layoutToken;
        running = null;
        set({ autoPositions: known.positions, layoutPending: false });
        return Promise.resolve();
      }
      // The same graph is being laid out right now: wait for that layout rather than start another.
      if (running?.signature === signature) return running.done;
      const token = ++layoutToken;
      set({ layoutPending: true });
      const done = (async () => {
        try {
          const positions = await deps.layout(input, direction);
          if (token === layoutToken) {
            set((s) => ({
              autoPositions: positions,
              layoutPending: false,
              layoutCache: { ...s.layoutCache, [direction]: { signature, positions } },
            }));
          }
        } catch (error) {
          if (token === layoutToken) set({ layoutPending: false });
          get().notify('error', `Layout failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          if (running?.token === token) running = null;
        }
      })();
      running = { signature, token, done };
      return done;
    }

    return {
      direction: 'LR',
      theme: 'system',
      filters: { role: null, status: null },
      search: '',
      selectedKey: null,
      panel: null,
      view: 'auto',
      manualPositions: { LR: {}, TB: {} },
      autoPositions: {},
      layoutCache: {},
      layoutPending: false,
      fitRequest: 0,
      focusRequest: null,
      gapRole: null,
      highlightCompetency: null,
      pathOnly: false,
      pathLayout: null,
      notices: [],
      storageMode: 'loading',
      today: null,

      setToday(today) {
        if (get().today !== today) set({ today });
      },

      async setDirection(direction) {
        if (direction === get().direction) return;
        set({ direction });
        await get().computeLayout();
        get().requestFit();
      },
      setTheme: (theme) => set({ theme }),
      setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
      setSearch: (search) => set({ search }),
      select: (key) => set(key ? { selectedKey: key, panel: 'details' } : { selectedKey: null }),
      openPanel: (panel) => set({ panel }),
      setView: (view) => set({ view }),
      focusNode: (key) =>
        set((s) => ({ selectedKey: key, focusRequest: { key, n: (s.focusRequest?.n ?? 0) + 1 } })),

      moveNode(key, x, y) {
        const { direction, manualPositions } = get();
        set({
          manualPositions: {
            ...manualPositions,
            [direction]: { ...manualPositions[direction], [key]: { x, y } },
          },
        });
      },

      async relayout() {
        const { direction, manualPositions } = get();
        set({ manualPositions: { ...manualPositions, [direction]: {} } });
        await get().computeLayout();
        get().requestFit();
      },

      async computeLayout() {
        const { catalog, direction } = get();
        // Hashing a big catalog's structure (layoutSignature) takes several ms: not in the task that shows it.
        if (catalog.nodes.length >= STAGED_FROM_NODES) {
          set({ layoutPending: true });
          await nextTask();
          // A newer catalog or direction came with a computeLayout call of its own.
          if (get().catalog !== catalog || get().direction !== direction) return;
        }
        return layoutFor(catalog, direction);
      },

      async setPathOnly(on) {
        if (on === get().pathOnly) return;
        set({ pathOnly: on });
        if (on) await get().layoutPath();
        get().requestFit();
      },

      async layoutPath() {
        const s = get();
        const path = selectPath(s);
        if (!s.pathOnly || !path) return;
        const keys = new Set([...path.keys, ...path.done]);
        const input = { nodes: s.catalog.nodes.filter((n) => keys.has(n.key)), edges: path.edges };
        const signature = layoutSignature(input, s.direction);
        if (s.pathLayout?.signature === signature) return;
        const token = ++pathToken;
        try {
          const positions = await deps.layout(input, s.direction);
          if (token === pathToken) set({ pathLayout: { signature, positions } });
        } catch (error) {
          get().notify('error', `Layout failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      },

      requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
      setGapRole: (gapRole) => set({ gapRole, highlightCompetency: null }),
      setHighlightCompetency: (highlightCompetency) => set({ highlightCompetency }),

      notify(tone, text, options) {
        const slot = options?.slot;
        // The same message already on screen is not stacked again (a failing save reports on every change).
        if (get().notices.some((n) => n.tone === tone && n.text === text && n.slot === slot)) return;
        const notice = { id: ++noticeId, tone, text, ...(slot ? { slot } : {}) };
        // R45: a slotted notice (the import's) replaces the one before it instead of stacking.
        set((s) => {
          const others = slot ? s.notices.filter((n) => n.slot !== slot) : s.notices;
          return { notices: [...others.slice(-(NOTICE_LIMIT - 1)), notice] };
        });
      },
      dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      setStorageMode: (storageMode) => set({ storageMode }),
      setManualPositions: (manualPositions) => set({ manualPositions }),
      setLayoutCache: (layoutCache) => set({ layoutCache }),
      setSettings: ({ direction, theme, filters }) => set({ direction, theme, filters }),
    };
  };
}
