// Stored records: one key each, every record carries schemaVersion. What is read back is validated with zod.
import { z } from 'zod';

/** 2: statuses may be `skipped`; profiles carry status history; the profiles record carries progress kept aside. */
export const SCHEMA_VERSION = 2;

const status = z.enum(['not-started', 'in-progress', 'completed', 'skipped']);
const point = z.object({ x: z.number().finite(), y: z.number().finite() });
const positions = z.record(z.string(), point);
const goal = z.union([
  z.object({ type: z.literal('role'), role: z.string() }),
  z.object({ type: z.literal('nodes'), keys: z.array(z.string()) }),
]);
const pace = z.object({
  hoursPerWeek: z.number().positive(),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
const sourceDocument = z.object({ path: z.string(), text: z.string() });

// The built catalog is checked for its shape only; a catalog that fails is rebuilt from the stored sources.
// zod describes the shape (and gives the type); the check itself is a plain loop, because zod copies every
// object it parses and a 2,000-node catalog read on each start would cost a 50 ms main-thread task.
export const catalogNodeShape = z
  .object({
    key: z.string(),
    id: z.string(),
    kind: z.enum(['module', 'project', 'placeholder']),
    title: z.string(),
    roles: z.array(z.string()),
    hours: z.number().nullable(),
    prerequisites: z.array(z.string()),
    next: z.array(z.string()),
    competencies: z.array(z.object({ name: z.string(), key: z.string() }).passthrough()),
    objectives: z.array(z.string()),
    sources: z.array(z.string()),
  })
  .passthrough();
export const catalogEdgeShape = z.object({
  from: z.string(),
  to: z.string(),
  type: z.enum(['prerequisite', 'next']),
});
export const diagnosticShape = z
  .object({ severity: z.string(), message: z.string(), code: z.string() })
  .passthrough();

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown) => Array.isArray(v) && v.every(isString);

/** Same rules as catalogNodeShape. */
export function isCatalogNode(v: unknown): boolean {
  if (!isObject(v)) return false;
  return (
    isString(v.key) &&
    isString(v.id) &&
    (v.kind === 'module' || v.kind === 'project' || v.kind === 'placeholder') &&
    isString(v.title) &&
    isStrings(v.roles) &&
    (v.hours === null || typeof v.hours === 'number') &&
    isStrings(v.prerequisites) &&
    isStrings(v.next) &&
    Array.isArray(v.competencies) &&
    v.competencies.every((c) => isObject(c) && isString(c.name) && isString(c.key)) &&
    isStrings(v.objectives) &&
    isStrings(v.sources)
  );
}

const isEdge = (v: unknown) =>
  isObject(v) && isString(v.from) && isString(v.to) && (v.type === 'prerequisite' || v.type === 'next');
const isDiagnostic = (v: unknown) =>
  isObject(v) && isString(v.severity) && isString(v.message) && isString(v.code);

const catalog = z.object({
  nodes: z.custom<z.infer<typeof catalogNodeShape>[]>(
    (v) => Array.isArray(v) && v.every(isCatalogNode),
    'nodes: every node needs key, id, kind, title, roles, hours, prerequisites, next, competencies, objectives and sources',
  ),
  edges: z.custom<z.infer<typeof catalogEdgeShape>[]>(
    (v) => Array.isArray(v) && v.every(isEdge),
    'edges: every edge needs from, to and type',
  ),
  diagnostics: z.custom<z.infer<typeof diagnosticShape>[]>(
    (v) => Array.isArray(v) && v.every(isDiagnostic),
    'diagnostics: every diagnostic needs severity, message and code',
  ),
});

/**
 * The catalog record holds the catalog as JSON text: copying one string into IndexedDB takes a few ms, where
 * structured-cloning a 2,000-node catalog's objects was one 45–60 ms task on each import. Records written as
 * objects (before this) still read.
 */
const storedCatalog = z.preprocess((value, ctx) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'catalog: not valid JSON' });
    return z.NEVER;
  }
}, catalog);

/** Automatic positions of a whole catalog (thousands of points): checked with a plain loop, not zod per point. */
const isPoint = (v: unknown) =>
  isObject(v) &&
  typeof v.x === 'number' &&
  Number.isFinite(v.x) &&
  typeof v.y === 'number' &&
  Number.isFinite(v.y);
const laidOut = z.object({
  signature: z.string(),
  positions: z.custom<Record<string, { x: number; y: number }>>(
    (v) => isObject(v) && Object.values(v).every(isPoint),
    'positions: every entry needs finite x and y',
  ),
});

const version = z.literal(SCHEMA_VERSION);

const statusEvent = z.object({ status, at: z.string() });

/** The profile record (domain/types.ts Profile); backups and pathway files carry the same shape. */
export const profileSchema = z.object({
  id: z.string(),
  name: z.string(),
  statuses: z.record(z.string(), status),
  goal: goal.nullable(),
  pace: pace.nullable(),
  notes: z.record(z.string(), z.string()),
  history: z.record(z.string(), z.array(statusEvent)).optional(),
});

const nodeIdentity = z.object({
  id: z.string(),
  kind: z.enum(['module', 'project', 'placeholder']),
  title: z.string(),
  roles: z.array(z.string()),
  sources: z.array(z.string()),
  idOnly: z.boolean().optional(),
});
const asideEntry = z.object({
  identity: nodeIdentity,
  profiles: z.record(
    z.string(),
    z.object({
      status: status.optional(),
      note: z.string().optional(),
      history: z.array(statusEvent).optional(),
      goal: z.boolean().optional(),
    }),
  ),
  positions: z.record(z.string(), point),
});

export const recordSchemas = {
  sources: z.object({ schemaVersion: version, documents: z.array(sourceDocument) }),
  catalog: z.object({ schemaVersion: version, catalog: storedCatalog, seedSignature: z.string().optional() }),
  profiles: z.object({
    schemaVersion: version,
    activeId: z.string(),
    profiles: z.record(z.string(), profileSchema),
    /** I3: progress whose node is not in the catalog (domain/followProgress.ts). */
    aside: z.record(z.string(), asideEntry).optional(),
  }),
  positions: z.object({ schemaVersion: version, LR: positions, TB: positions }),
  // The last automatic layout per direction and the signature of what it laid out (store: layoutCache).
  layout: z.object({ schemaVersion: version, LR: laidOut.optional(), TB: laidOut.optional() }),
  settings: z.object({
    schemaVersion: version,
    direction: z.enum(['LR', 'TB']),
    theme: z.enum(['system', 'light', 'dark']),
    filters: z.object({ role: z.string().nullable(), status: status.nullable() }),
  }),
} as const;

export type RecordName = keyof typeof recordSchemas;
export const RECORD_NAMES = Object.keys(recordSchemas) as RecordName[];
export type StoredRecords = { [K in RecordName]: z.infer<(typeof recordSchemas)[K]> };
