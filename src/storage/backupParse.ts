// Reading a backup file back: validated with zod, a bad file names what is wrong. Apart from backup.ts so that
// zod (and the stored-record schemas) load only when a backup is imported, not at start-up.
import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, type BackupFile } from './backup';
import { profileSchema } from './schema';

const point = z.object({ x: z.number().finite(), y: z.number().finite() });
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  // B8: version 1 files (profiles only, before files carried their curriculum) still read.
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: z.string(),
  activeId: z.string().nullable(),
  profiles: z.array(profileSchema).min(1),
  curriculum: z
    .object({
      documents: z.array(z.object({ path: z.string().min(1).max(1000), text: z.string() })).max(5000),
      catalogUrl: z.string().nullable(),
    })
    .optional(),
  positions: z.object({ LR: z.record(z.string(), point), TB: z.record(z.string(), point) }).optional(),
});

export type BackupParse = { ok: true; backup: BackupFile } | { ok: false; error: string };

export function parseBackup(text: string): BackupParse {
  if (text.length > MAX_BACKUP_BYTES)
    return { ok: false, error: 'This file is too large to be a planner backup.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // B8: a file cut off while saving or sending still starts like one of ours: say it is truncated.
    if (/^\s*\{\s*"format"\s*:\s*"curriculum-pathway-planner\//.test(text)) {
      const message = error instanceof Error ? error.message : '';
      const truncated =
        /end of JSON input|Unterminated|position (\d+)/.test(message) && endsEarly(text, message);
      return {
        ok: false,
        error: truncated
          ? `This pathway file is truncated: it ends after ${text.length.toLocaleString('en')} characters, before its JSON is complete (it was cut off while saving or sending). Save or send it again. Nothing was imported.`
          : `This pathway file is damaged: its JSON is not valid (${message.slice(0, 120)}). Nothing was imported.`,
      };
    }
    return { ok: false, error: 'This file is not JSON, so it is not a planner backup or pathway file.' };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      error: 'This JSON file is not a planner backup or pathway file (its "format" is missing or different).',
    };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of the planner (backup version ${head.version}); update the planner to import it.`,
    };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? describePath(issue.path, json) : '';
    return {
      ok: false,
      error: `The backup is damaged: ${where}${issue?.message ?? 'invalid'}. Nothing was imported.`,
    };
  }
  const ids = new Set<string>();
  for (const p of parsed.data.profiles) {
    if (ids.has(p.id))
      return { ok: false, error: `The backup lists profile id "${p.id}" twice. Nothing was imported.` };
    ids.add(p.id);
  }
  return { ok: true, backup: parsed.data as BackupFile };
}

/** True when the parser gave up at (or next to) the end of the text: the file stops mid-way. */
function endsEarly(text: string, message: string): boolean {
  if (/end of JSON input|Unterminated/.test(message)) return true;
  const at = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
  return at >= text.trimEnd().length - 1;
}

/** "profile 2 (Ana), statuses.MOD-1: " from a zod issue path. */
function describePath(path: readonly PropertyKey[], json: unknown): string {
  if (path[0] !== 'profiles' || typeof path[1] !== 'number')
    return path.length ? `${path.map(String).join('.')}: ` : '';
  const raw = (json as { profiles: unknown[] }).profiles[path[1]] as { name?: unknown } | undefined;
  const name = typeof raw?.name === 'string' ? ` (${raw.name})` : '';
  const rest = path.slice(2).map(String).join('.');
  return `profile ${path[1] + 1}${name}${rest ? `, ${rest}` : ''}: `;
}
