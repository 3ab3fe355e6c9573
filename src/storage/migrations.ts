// Schema migrations as first-class code: an ordered list of steps, step i turns a version (i + 1) record into
// version (i + 2). Stored records are migrated on load, before validation; the migrated record is written back
// only by the normal persistence, so a failed load never rewrites anything.
import type { RecordName } from './schema';

/** One step: returns the record in the next version's shape (pure; must not mutate its input). */
export type MigrationStep = (name: RecordName, record: Record<string, unknown>) => Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** Why this version exists, for the next reader. */
  why: string;
  migrate: MigrationStep;
}

/**
 * The planner's migrations, oldest first; each has a saved fixture of the version it reads (tests/fixtures/storage/).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    why:
      'statuses may be `skipped` (a v1 planner must not read them as unknown and drop them); profiles gain a status ' +
      'history (completion dates) and the profiles record the progress kept aside while its node is not in the catalog',
    migrate: (name, record) => {
      if (name !== 'profiles') return record;
      const profiles = (record.profiles ?? {}) as Record<string, Record<string, unknown>>;
      const withHistory = Object.fromEntries(
        Object.entries(profiles).map(([id, p]) => [id, { history: {}, ...p }]),
      );
      return { ...record, profiles: withHistory, aside: record.aside ?? {} };
    },
  },
];

export type MigrationResult =
  | { ok: true; record: unknown; from: number; to: number }
  | { ok: false; kind: 'newer' | 'unversioned' | 'failed'; version: number | null; message: string };

/** The schemaVersion a raw stored value claims, or null when it has none. */
export function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const v = (raw as { schemaVersion?: unknown }).schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null;
}

/** Checks the list is a gap-free chain ending at `target`; a broken chain is a bug, caught by tests and at load. */
export function checkChain(migrations: readonly Migration[], target: number): string | null {
  let expected = target - migrations.length;
  if (expected < 1) return `${migrations.length} migrations cannot end at version ${target}`;
  for (const m of migrations) {
    if (m.from !== expected || m.to !== expected + 1)
      return `migration ${m.from}→${m.to} is out of order (expected ${expected}→${expected + 1})`;
    expected++;
  }
  return null;
}

/**
 * Brings one stored record up to `target`. Records from a newer version are refused (never touched);
 * a record without a version is left to validation, which sets it aside.
 */
export function migrateRecord(
  name: RecordName,
  raw: unknown,
  target: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  const from = versionOf(raw);
  if (from === null)
    return { ok: false, kind: 'unversioned', version: null, message: `${name} has no schema version` };
  if (from > target) {
    return {
      ok: false,
      kind: 'newer',
      version: from,
      message: `${name} was saved by a newer version of the planner (schema ${from}).`,
    };
  }
  let record = raw as Record<string, unknown>;
  for (let v = from; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step)
      return { ok: false, kind: 'failed', version: v, message: `${name}: no migration from schema ${v}` };
    try {
      record = { ...step.migrate(name, structuredClone(record)), schemaVersion: step.to };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        kind: 'failed',
        version: v,
        message: `${name}: migration ${v}→${v + 1} failed (${why})`,
      };
    }
  }
  return { ok: true, record, from, to: target };
}
