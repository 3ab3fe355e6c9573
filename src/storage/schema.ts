// Stored records: one key each, every record carries schemaVersion. What is read back is validated with zod.
import { z } from 'zod';
import { readCatalogJson } from '../domain/catalogJson';

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

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The catalog record holds the catalog as JSON text (`catalogJson`): copying one string into IndexedDB takes a few
 * ms, where structured-cloning a 2,000-node catalog's objects was one 45–60 ms task on each import. The text is
 * checked by the one catalog-JSON reader (domain/catalogJson.ts); a record that fails is set aside and the catalog
 * rebuilt from the stored sources. Records written before (`catalog`: the text, or the catalog as objects) still read.
 */
const catalogRecord = z.preprocess(
  (value) => {
    if (!isObject(value) || 'catalogJson' in value || !('catalog' in value)) return value;
    const { catalog, ...rest } = value;
    return { ...rest, catalogJson: typeof catalog === 'string' ? catalog : JSON.stringify(catalog) };
  },
  z.object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    catalogJson: z.string().superRefine((text, ctx) => {
      const read = readCatalogJson(text);
      if (!read.ok) ctx.addIssue({ code: 'custom', message: read.error });
    }),
    seedSignature: z.string().optional(),
  }),
);

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
  catalog: catalogRecord,
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
