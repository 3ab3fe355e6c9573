// The planner store's state: three slices (catalog, progress, view). Derived data lives in derived.ts, never here.
import type { CatalogIndex } from '../domain/graph';
import type {
  AsideProgress,
  Catalog,
  Goal,
  Pace,
  ProfilesState,
  SourceDocument,
  Status,
  Statuses,
} from '../domain/types';
import type { Direction, Positions } from '../layout/geometry';
import type { CatalogSnapshot } from './catalogChanges';
import type { ModeSlice } from './modeSlice';

export type Theme = 'system' | 'light' | 'dark';

export interface Filters {
  role: string | null;
  status: Status | null;
}

// Progress is per profile so several learners can share a browser; the UI shows the active one. The record
// types live in the domain (shared by storage, backups and pathway files).
export type { Profile, ProfilesState } from '../domain/types';

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** A notice with a slot replaces the one already in that slot (R45: one import notice at a time). */
  slot?: string;
}

export interface ImportSummary {
  files: number;
  nodesBefore: number;
  nodesAfter: number;
  diagnostics: number;
}

export interface CatalogSlice {
  /** Documents the user imported (path + text). The catalog is buildCatalog(seeds + these). */
  sources: SourceDocument[];
  catalog: Catalog;
  index: CatalogIndex;
  catalogReady: boolean;
  /** Fingerprint of the shipped seed documents: a stored catalog built from other seeds is rebuilt. */
  seedSignature: string;
  /** Replaces the catalog without parsing (hydration from storage). */
  /** `index`, when given, must be indexCatalog(catalog) computed earlier (a big catalog is indexed in a task of its own). */
  /**
   * Shows `catalog`; progress follows its nodes (I1–I6). The follow message is notified, or with `quiet` returned
   * for the caller's own notice (an import folds it into its one notice, R45).
   */
  setCatalog(
    catalog: Catalog,
    sources: SourceDocument[],
    index?: CatalogIndex,
    options?: { quiet?: boolean },
  ): string | null;
  /** setCatalog; a big catalog (STAGED_FROM_NODES) is indexed in a task of its own first. */
  showCatalog(
    catalog: Catalog,
    sources: SourceDocument[],
    options?: { quiet?: boolean },
  ): Promise<string | null>;
  /** Parses seeds + sources (the parser is loaded on demand) and replaces the catalog. */
  rebuildCatalog(sources: SourceDocument[]): Promise<void>;
  /** Merges documents into the imported sources; a document with the same path replaces the old one. */
  importDocuments(docs: SourceDocument[]): Promise<ImportSummary | null>;
  /** Removes every imported document (back to the default catalog); undoable with undoCatalogChange. */
  resetCatalog(): Promise<void>;
  /** The documents and all progress before the last reset, while it can be undone. */
  catalogUndo: CatalogSnapshot | null;
  /** Restores the documents and all progress saved by the last reset. */
  undoCatalogChange(): void;
}

export interface StatusChange {
  key: string;
  before: Status;
  after: Status;
}

export interface ProgressSlice {
  profiles: ProfilesState;
  /** I3: progress whose node is not in the catalog, kept until the node comes back (Diagnostics lists it). */
  aside: AsideProgress;
  setAside(aside: AsideProgress): void;
  /** The last status change, so eligibility can be updated incrementally. */
  lastChange: (StatusChange & { statusesBefore: Statuses }) | null;
  undoStack: StatusChange[];
  setStatus(key: string, status: Status): void;
  toggleComplete(key: string): void;
  undo(): void;
  setGoal(goal: Goal | null): void;
  toggleGoalNode(key: string): void;
  setPace(pace: Pace | null): void;
  setNote(key: string, text: string): void;
  setProfiles(profiles: ProfilesState): void;
}

export type SidePanel = 'details' | 'plan' | 'gaps' | 'diagnostics' | 'legend';

/** Map or list; 'auto' is the list on narrow screens and the map elsewhere (issue 17). Not stored. */
export type ViewMode = 'auto' | 'map' | 'list';

export interface ViewSlice {
  direction: Direction;
  theme: Theme;
  filters: Filters;
  search: string;
  selectedKey: string | null;
  panel: SidePanel | null;
  view: ViewMode;
  /** Positions the user dragged nodes to, per direction. They win over the automatic layout. */
  manualPositions: Record<Direction, Positions>;
  /** The automatic layout of the current catalog in the current direction. */
  autoPositions: Positions;
  /**
   * The last automatic layout per direction, with the signature of the graph it laid out (layout/signature.ts).
   * Stored: a catalog whose signature matches (a reload, an unchanged re-import) is not laid out again.
   */
  layoutCache: LayoutCache;
  layoutPending: boolean;
  /** Incremented to ask the graph to fit the whole catalog into view. */
  fitRequest: number;
  /** Asks the graph to centre and focus a node. */
  focusRequest: { key: string; n: number } | null;
  gapRole: string | null;
  highlightCompetency: string | null;
  /** Path only (PT1): the map shows just the goal's path and the done nodes before it, laid out by themselves. */
  pathOnly: boolean;
  /** The automatic layout of that subgraph, with the signature of the subgraph it laid out; null until laid out. */
  pathLayout: { signature: string; positions: Positions } | null;
  notices: Notice[];
  storageMode: 'indexeddb' | 'memory' | 'loading';
  /**
   * The learner's local date (`YYYY-MM-DD`), set by the shell (it reads the clock; the store never does), or null
   * before it has: P11 dates what is left of a plan from the later of the pace's start date and this day.
   */
  today: string | null;
  setDirection(direction: Direction): Promise<void>;
  setTheme(theme: Theme): void;
  setFilters(filters: Partial<Filters>): void;
  setSearch(search: string): void;
  select(key: string | null): void;
  openPanel(panel: SidePanel | null): void;
  setView(view: ViewMode): void;
  focusNode(key: string): void;
  moveNode(key: string, x: number, y: number): void;
  relayout(): Promise<void>;
  computeLayout(): Promise<void>;
  requestFit(): void;
  /** Turns Path only on or off; on, lays out the path subgraph (if not laid out yet) and asks for a fit. */
  setPathOnly(on: boolean): Promise<void>;
  /** Lays out the current path subgraph when Path only is on and its layout is missing or stale. */
  layoutPath(): Promise<void>;
  setGapRole(role: string | null): void;
  setHighlightCompetency(key: string | null): void;
  notify(tone: Notice['tone'], text: string, options?: { slot?: string }): void;
  dismissNotice(id: number): void;
  setStorageMode(mode: ViewSlice['storageMode']): void;
  /** The shell's local date (P11), when the app starts and when the day changes. */
  setToday(today: string): void;
  setManualPositions(positions: Record<Direction, Positions>): void;
  setLayoutCache(cache: LayoutCache): void;
  setSettings(s: { direction: Direction; theme: Theme; filters: Filters }): void;
}

export type LayoutCache = Partial<Record<Direction, { signature: string; positions: Positions }>>;

export type PlannerState = CatalogSlice & ProgressSlice & ViewSlice & ModeSlice;
