// The vocabulary of the planner. Read this file and you know the product.
// Plain data only: every value here survives JSON.stringify / structuredClone.

/** A document handed to the parser: where it came from and its text. Kind is detected from the text. */
export interface SourceDocument {
  /** Path or file name as the user gave it; every diagnostic about the document names it. */
  path: string;
  text: string;
}

export type DocumentKind = 'module-roadmap' | 'project-plan' | 'master-plan' | 'catalog-json';

export type NodeKind = 'module' | 'project' | 'placeholder';

/** The ordered proficiency scale. Index in this array is the level's rank. */
export const LEVELS = ['Awareness', 'Working', 'Proficient', 'Advanced', 'Expert'] as const;
export type LevelName = (typeof LEVELS)[number];

/** A proficiency target as a range of ranks: `Awareness/Working` is {min: 0, max: 1}; `Expert` is {min: 4, max: 4}. */
export interface LevelRange {
  min: number;
  max: number;
}

export interface Competency {
  /** As written in the document (`GPU operations`). */
  name: string;
  /** Folded key: `gpu-operations`. Two competencies with the same key are the same competency. */
  key: string;
  /** The proficiency target as written (`Awareness/Working`), or null when the source gives none. */
  level: string | null;
  /** The target on the ordered scale; null when absent or unknown (an unknown level is reported). */
  range: LevelRange | null;
  evidence: string | null;
  role: string | null;
}

/** A section of a document the planner does not interpret, kept for display. */
export interface TextSection {
  heading: string;
  /** Plain text lines (list items, paragraphs, table rows joined with ' | '). Never HTML. */
  lines: string[];
}

export interface CurriculumNode {
  /** Unique in the catalog. Equal to `id` unless two documents define the same id differently. */
  key: string;
  /** The curriculum id as written: `MOD-805`, `PROJ-01`. */
  id: string;
  kind: NodeKind;
  title: string;
  /** Role names as written (`AI Infrastructure Team Lead`). */
  roles: string[];
  /** Total hours, or null when no source states them. */
  hours: number | null;
  /** R36: a duration written as a range (`40–50 hours`): both ends; `hours` is `max` (plans use the upper end). */
  hoursRange?: { min: number; max: number };
  /** lecture / lab / project / portfolio / assessment → hours, as the sources give them. */
  hoursBreakdown: Record<string, number>;
  /** Prerequisite ids (resolved to keys in `edges`): every id, whether required alone or as an alternative. */
  prerequisites: string[];
  /**
   * R30: the same ids grouped; each inner list is satisfied by any one of its members (a list of one is required).
   * Every prerequisite is in exactly one group. Absent (older catalogs): every prerequisite is required alone.
   */
  prerequisiteGroups?: string[][];
  /** Free-text prerequisites that are not ids (`Docker fundamentals`). */
  prerequisiteSkills: string[];
  /** Ids of what comes next (own id removed). */
  next: string[];
  competencies: Competency[];
  objectives: string[];
  /** Paths of every document that described this node. */
  sources: string[];

  // Display-only details; empty when the sources have none.
  /** The blockquote under the document title, if any. */
  summary?: string;
  /** `master-plan.yaml` level (`junior`, `mid`, …) of the role plan that listed the node. */
  level?: string;
  placement?: string;
  relatedAssessments?: string;
  crossRole: string[];
  outline: string[];
  activities: string[];
  assessments: string[];
  deliverables: string[];
  linkedProjects: string[];
  /** Every other section of the document, as text. */
  sections: TextSection[];
}

export type EdgeType = 'prerequisite' | 'next';

/** `from` must be done (prerequisite) or comes before (next) `to`. Both are node keys. */
export interface CatalogEdge {
  from: string;
  to: string;
  type: EdgeType;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** The file the problem is in (null only for catalog-wide findings such as cycles). */
  file: string | null;
  /** 1-based line in that file, when there is one. */
  line: number | null;
  /** The node the problem is about, when there is one. */
  nodeId: string | null;
  message: string;
  /** Stable machine-readable kind, e.g. `unknown-level`, `disagreement`, `cycle`, `ambiguous-reference`, `bad-file`. */
  code: string;
}

export interface Catalog {
  nodes: CurriculumNode[];
  edges: CatalogEdge[];
  diagnostics: Diagnostic[];
}

/** What a parser returns: never throws for content, always says what it skipped. */
export interface Parsed<T> {
  value: T;
  diagnostics: Diagnostic[];
}

// ── Progress ────────────────────────────────────────────────────────────────

/**
 * `skipped` is "Already know this": it satisfies prerequisites like `completed` and leaves the plan, but its
 * hours are not hours done (docs/planning.md E6, P2, G3).
 */
export type Status = 'not-started' | 'in-progress' | 'completed' | 'skipped';
export const STATUSES: readonly Status[] = ['not-started', 'in-progress', 'completed', 'skipped'];

/** Node key → status. A key that is absent is `not-started`. */
export type Statuses = Record<string, Status>;

/** One status change and when it happened (ISO 8601 date-time; written in local time with its offset, D2 — older records are UTC): the raw data of progress-over-time charts. */
export interface StatusEvent {
  status: Status;
  at: string;
}

/**
 * One learner's progress: the stored profile record (storage/schema.ts validates it; backups and pathway files carry
 * it). Every map is keyed by node key; keys follow their node when the catalog re-keys it (followProgress, I1–I6).
 */
export interface Profile {
  id: string;
  name: string;
  statuses: Statuses;
  goal: Goal | null;
  pace: Pace | null;
  notes: Record<string, string>;
  /** Node key → every status change, oldest first (schema 2; absent in older records and backups). */
  history?: Record<string, StatusEvent[]>;
}

export interface ProfilesState {
  activeId: string;
  profiles: Record<string, Profile>;
}

/** Who a node is, independent of its key: what progress is matched by when keys change (identity.ts, I1). */
export interface NodeIdentity {
  id: string;
  kind: NodeKind;
  title: string;
  roles: string[];
  sources: string[];
  /** True when only the id is known (progress found under a key no catalog at hand defines): I5. */
  idOnly?: boolean;
}

/** One profile's progress on one node. */
export interface NodeProgress {
  status?: Status;
  note?: string;
  history?: StatusEvent[];
  /** The node was part of the profile's node goal. */
  goal?: boolean;
}

/**
 * I3: progress whose node is not in the catalog, kept aside with the identity of that node until it comes back.
 * Keyed by the node's last key (suffixed `#2`… when that key is already aside).
 */
export interface AsideEntry {
  identity: NodeIdentity;
  /** Profile id → that profile's progress on the node. */
  profiles: Record<string, NodeProgress>;
  /** Direction (`LR`/`TB`) → where the user had dragged the node. */
  positions: Record<string, { x: number; y: number }>;
}

export type AsideProgress = Record<string, AsideEntry>;

// ── Goals, plans and gaps ───────────────────────────────────────────────────

export type Goal = { type: 'role'; role: string } | { type: 'nodes'; keys: string[] };

export interface Pace {
  hoursPerWeek: number;
  /** ISO date `YYYY-MM-DD`. */
  startDate: string;
}

export interface PlanItem {
  key: string;
  id: string;
  title: string;
  kind: NodeKind;
  /** Hours counted for this item (0 when unknown). */
  hours: number;
  hoursKnown: boolean;
  cumulativeHours: number;
  eligibleNow: boolean;
  /**
   * P9: when the item was chosen from an any-of group of prerequisites, the keys of the other members
   * (not in the plan because of this choice); absent otherwise.
   */
  alternatives?: string[];
  /** ISO dates at the given pace; null without a pace. */
  start: string | null;
  finish: string | null;
}

export interface LearningPlan {
  goal: Goal;
  items: PlanItem[];
  totalHours: number;
  /** ISO date the last item finishes at the pace; null without a pace or items. */
  finish: string | null;
  /** Each cycle found among the goal's ancestors, as node keys. Items in a cycle are still listed once. */
  cycles: string[][];
  /** Goal keys that are not in the catalog (unknown role or node). */
  unknown: string[];
  /** P9: each unmet any-of group on the way to the goal, and the member the plan chose for it. */
  choices: PlanChoice[];
}

/** P9: an any-of prerequisite group of `dependent` that no completed node satisfies yet. */
export interface PlanChoice {
  dependent: string;
  chosen: string;
  /** The group's other members, by id. */
  alternatives: string[];
}

export interface CompetencyGap {
  /** The folded competency key (same as `key`). */
  competency: string;
  key: string;
  /** Display name as first written among the role's nodes. (Added for the gap matrix; always set by competencyGaps.) */
  name?: string;
  required: LevelName;
  attained: LevelName | null;
  /** required rank − attained rank (attained null counts as −1). */
  gap: number;
  /** Ids of nodes that would close the gap (target ≥ required), eligible ones first. */
  closedBy: string[];
  /** Same, as keys. */
  closedByKeys: string[];
}

export interface CompetencyReport {
  role: string;
  gaps: CompetencyGap[];
  met: CompetencyGap[];
}
