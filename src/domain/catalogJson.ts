// The one reader of catalog JSON text: what `npm run catalog` prints (R19) and what the catalog record stores
// (storage/schema.ts catalogJson). Parsed once, checked against one shape, with an error that says what is wrong.
import { z } from 'zod';
import type { Catalog, CatalogEdge, CurriculumNode, Diagnostic } from './types';

// The built catalog is checked for its shape only (the fields the planner relies on); other fields pass through.
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

/** The catalog's shape (zod), checked with the plain loops above. */
export const catalogSchema = z.object({
  nodes: z.custom<CurriculumNode[]>(
    (v) => Array.isArray(v) && v.every(isCatalogNode),
    'nodes: every node needs key, id, kind, title, roles, hours, prerequisites, next, competencies, objectives and sources',
  ),
  edges: z.custom<CatalogEdge[]>(
    (v) => Array.isArray(v) && v.every(isEdge),
    'edges: every edge needs from, to and type',
  ),
  diagnostics: z.custom<Diagnostic[]>(
    (v) => Array.isArray(v) && v.every(isDiagnostic),
    'diagnostics: every diagnostic needs severity, message and code',
  ),
});

export type CatalogJsonRead = { ok: true; catalog: Catalog } | { ok: false; error: string };

/** The 1-based line of a JSON.parse error message's `position N` in `text`, or null when it names none. */
export function lineOfJsonError(text: string, message: string): number | null {
  const pos = /position (\d+)/.exec(message);
  if (!pos) return null;
  const at = Math.min(Number(pos[1]), text.length);
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON text as a value, or the syntax error (JSON.parse's message, cut to 160 characters) and its line. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string; line: number | null } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 160);
    return { ok: false, message, line: lineOfJsonError(text, message) };
  }
}

// The record's schema checks the text and the loader then reads it: one parse serves both (remembered once).
let last: { text: string; read: CatalogJsonRead } | null = null;

/**
 * ST2/R19: catalog JSON text → the catalog, or an error naming what is wrong (a JSON syntax error with its line, or
 * the first part of the catalog that does not have the shape: "nodes: every node needs key, id, …"). Never throws.
 * The same text read twice in a row is parsed once (the second read takes the first one's result).
 */
export function readCatalogJson(text: string): CatalogJsonRead {
  if (last?.text === text) {
    const { read } = last;
    last = null; // one hit: a multi-megabyte text is not kept alive after the read it was remembered for
    return read;
  }
  const json = parseJsonText(text);
  let read: CatalogJsonRead;
  if (!json.ok)
    read = {
      ok: false,
      error: `catalog is not valid JSON${json.line ? ` (line ${json.line})` : ''}: ${json.message}`,
    };
  else {
    const parsed = catalogSchema.safeParse(json.value);
    if (parsed.success) read = { ok: true, catalog: parsed.data };
    else {
      const issue = parsed.error.issues[0];
      const path = issue?.path.map(String).join('.') ?? '';
      const message = issue?.message ?? 'not a catalog';
      // The shape's own messages already start with the field ("nodes: every node needs …").
      read = {
        ok: false,
        error: `catalog ${path && !message.startsWith(path) ? `${path}: ` : ''}${message}`,
      };
    }
  }
  last = { text, read };
  return read;
}
