// The kind of a document comes from its content, never its file name (R11).
import type { DocumentKind } from '../types';

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(module|project)\s+id\s*(?:\*\*|__)?\s*:/i;
// R32: the id label later on a line, after other labels joined by ` | ` or `·`; its value must hold an id.
const LABEL_LATER =
  /(?:[|·•]|\*\*|__)\s*(?:\*\*|__)?\s*(module|project)\s+id\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?:mod(?:ule)?|proj(?:ect)?)\s?[-–]\s?\d/i;
// R34: a top heading that starts with an id (`# Module 861: Salt Marsh Surveying`, `# MOD-301 …`).
const HEADING_ID = /^(?:(mod|proj)(?:ule|ect)?\s?[-–]\s?\d|(module|project)\s+#?\d)/i;
// … only counts beside a label or section a curriculum document has.
const CURRICULUM_SIGNAL =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:estimated\s+)?(?:duration|prerequisites?|target\s+roles?(?:\(s\))?|next\s+(?:modules?|steps?))\b|^#{1,6}\s+(?:learning\s+objectives|prerequisites|competenc)/im;

/** The kind of a document, from its content; null when it is none of ours. */
export function detectKind(text: string): DocumentKind | null {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const head = t.trimStart();
  if (head.startsWith('{')) return /"nodes"\s*:/.test(t) ? 'catalog-json' : null;

  const lines = t.slice(0, 200_000).split(/\r?\n|\r/, 400);
  let headings = 0;
  for (const line of lines) {
    const h = HEADING.exec(line);
    if (!h) continue;
    const name = (h[1] ?? '').replace(/[*_`]/g, '').trim().toLowerCase();
    if (/^module roadmap\b/.test(name)) return 'module-roadmap';
    if (/^project plan\b/.test(name)) return 'project-plan';
    if (++headings >= 3) break;
  }
  for (const line of lines) {
    const m = LABEL.exec(line) ?? LABEL_LATER.exec(line);
    if (m) return (m[1] ?? '').toLowerCase() === 'module' ? 'module-roadmap' : 'project-plan';
  }
  const title = lines.map((line) => HEADING.exec(line)).find((h) => h !== null);
  const id = title ? HEADING_ID.exec((title[1] ?? '').replace(/[*_`]/g, '').trim()) : null;
  if (id && CURRICULUM_SIGNAL.test(t.slice(0, 200_000)))
    return /^mod/i.test(id[1] ?? id[2] ?? '') ? 'module-roadmap' : 'project-plan';
  // A master plan names its role at the top level and lists modules or a project portfolio.
  if (
    /^["']?role["']?\s*:/m.test(t) &&
    /^\s*["']?(modules|project_portfolio|program_structure)["']?\s*:/m.test(t)
  )
    return 'master-plan';
  return null;
}
