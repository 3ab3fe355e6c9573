// Competency alignment tables, columns matched by header name (R6, R7).
import { foldCompetencyKey, parseLevel } from '../levels';
import type { Competency, Diagnostic } from '../types';
import { diagnostic } from './draft';
import type { MdTable } from './markdown';

interface Columns {
  name: number;
  level: number;
  evidence: number;
  role: number;
}

function columnsOf(header: string[]): Columns | null {
  const find = (re: RegExp, taken: number[]) => header.findIndex((h, i) => !taken.includes(i) && re.test(h));
  const level = find(/proficien|level|target/i, []);
  const role = find(/role/i, [level]);
  const evidence = find(/evidence|assess/i, [level, role]);
  const name = find(/competenc|skill|capabilit|^name$/i, [level, role, evidence]);
  if (name < 0) return null;
  return { name, level, evidence, role };
}

export function isCompetencyTable(table: MdTable): boolean {
  const cols = columnsOf(table.header);
  return cols !== null && cols.level >= 0;
}

export function readCompetencies(
  table: MdTable,
  file: string,
  nodeId: string,
): { value: Competency[]; diagnostics: Diagnostic[] } {
  const cols = columnsOf(table.header);
  const value: Competency[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!cols) return { value, diagnostics };
  const cell = (values: string[], i: number) => (i >= 0 ? (values[i] ?? '').trim() || null : null);
  for (const row of table.cells) {
    const name = cell(row.values, cols.name);
    if (!name || /^[-–—\s]*$/.test(name)) continue;
    const read = competency(
      name,
      cell(row.values, cols.level),
      cell(row.values, cols.evidence),
      cell(row.values, cols.role),
      file,
      nodeId,
      row.line,
      diagnostics,
    );
    if (read) value.push(read);
  }
  return { value, diagnostics };
}

// R41: a pointer or placeholder instead of a competency name.
const PLACEHOLDER =
  /^\s*(?:see\b|refer to\b|as per\b|tbd|tba|todo|tbc|n\/?a|none|null|to be (?:defined|determined|confirmed)|placeholder|\.{3}|…|\?+|x{2,}|<[^>]*>|\{\{)/i;

/** R41: true for `See skills matrix`, `TBD`, `n/a`, `<competency>`: not data. */
export function isPlaceholderName(name: string): boolean {
  return PLACEHOLDER.test(name);
}

/**
 * One competency; an unknown level is kept as written and reported (R7). A placeholder name (R41) is reported
 * (`placeholder-value`) and gives null: it is in no gap and no walkthrough.
 */
export function competency(
  name: string,
  level: string | null,
  evidence: string | null,
  role: string | null,
  file: string,
  nodeId: string,
  line: number | null,
  diagnostics: Diagnostic[],
): Competency | null {
  if (isPlaceholderName(name)) {
    diagnostics.push(
      diagnostic(
        'placeholder-value',
        'warning',
        file,
        `${nodeId}: competency "${name.slice(0, 80)}" is a placeholder, not a competency; left out`,
        line,
        nodeId,
      ),
    );
    return null;
  }
  const range = level ? parseLevel(level) : null;
  if (level && !range) {
    diagnostics.push(
      diagnostic(
        'unknown-level',
        'warning',
        file,
        `${nodeId}: unknown proficiency level "${level}" for "${name}" (kept as written)`,
        line,
        nodeId,
      ),
    );
  }
  return { name, key: foldCompetencyKey(name), level, range, evidence, role };
}
