// master-plan.yaml: one role's modules and project portfolio (R8, R10).
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { extractIds, extractPrerequisites, normalizeId } from '../ids';
import type { Diagnostic } from '../types';
import { competency } from './competencies';
import { diagnostic, emptyNode, type NodeDraft } from './draft';
import { parseDuration } from './values';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === 'string' ? v.trim() || null : typeof v === 'number' ? String(v) : null;
const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map(str).filter((s): s is string => s !== null)
    : typeof v === 'string' && v.trim()
      ? [v.trim()]
      : [];

/** Alias bombs are cut off by the yaml package's alias limit and reported, never expanded. */
export const YAML_LIMITS = { maxAliasCount: 100 } as const;

export function parseMasterPlan(
  path: string,
  text: string,
): { drafts: NodeDraft[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? null : lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    // A malformed or truncated plan is skipped whole: half-read entries carry swallowed text.
    diagnostics.push(
      diagnostic(
        'yaml-error',
        'error',
        path,
        `YAML error (file skipped): ${e?.message.split('\n')[0] ?? 'unreadable'}`,
        lineAt(e?.pos[0]),
      ),
    );
    return { drafts: [], diagnostics };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (err) {
    diagnostics.push(
      diagnostic(
        'yaml-error',
        'error',
        path,
        `YAML could not be read: ${(err as Error).message.slice(0, 200)}`,
        null,
      ),
    );
    return { drafts: [], diagnostics };
  }
  if (!isObj(data)) {
    if (doc.errors.length === 0)
      diagnostics.push(
        diagnostic('bad-file', 'error', path, 'YAML is not a master plan (no mapping at the top)', null),
      );
    return { drafts: [], diagnostics };
  }
  const role = str(data.role);
  const level = str(data.level);
  if (!role) diagnostics.push(diagnostic('missing-field', 'warning', path, 'master plan has no `role:`', 1));

  // R20/R37: every list of items under `program_structure` / `project_portfolio` is read (anchor, stretch,
  // optional, elective, …); a key there that holds no such list is reported, never dropped silently.
  const hasItems = (v: unknown) =>
    Array.isArray(v) &&
    v.some(
      (x) =>
        (isObj(x) && (x.id !== undefined || x.module_id !== undefined || x.project_id !== undefined)) ||
        (typeof x === 'string' && extractIds(x).ids.length > 0),
    );
  const lists = (
    parent: string,
    kind: 'module' | 'project',
    known: string[],
  ): [string[], 'module' | 'project'][] => {
    const value = data[parent];
    if (Array.isArray(value)) return [[[parent], kind]];
    if (!isObj(value)) return [];
    const out: [string[], 'module' | 'project'][] = [];
    for (const [key, v] of Object.entries(value)) {
      if (hasItems(v)) out.push([[parent, key], /project/i.test(key) ? 'project' : kind]);
      else if (!known.includes(key) && typeof v === 'object' && v !== null)
        diagnostics.push(
          diagnostic(
            'unread-key',
            'info',
            path,
            `${parent}.${key} is not a list of items with an id; not read`,
            lineAt((doc.getIn([parent, key], true) as YamlNode | undefined)?.range?.[0]),
          ),
        );
    }
    return out;
  };
  const moduleLists = lists('program_structure', 'module', []);
  if (!moduleLists.some(([keys]) => keys.join('.') === 'program_structure.modules') && hasItems(data.modules))
    moduleLists.unshift([['modules'], 'module']);
  const projectLists = lists('project_portfolio', 'project', []);
  if (hasItems(data.projects)) projectLists.push([['projects'], 'project']);

  const drafts: NodeDraft[] = [];
  const read = (keys: string[], kind: 'module' | 'project') => {
    const list = getIn(data, keys);
    if (!Array.isArray(list)) return;
    const yamlList = doc.getIn(keys, true) as YamlNode | undefined;
    list.forEach((entry, i) => {
      const yamlItem = isSeq(yamlList) ? (yamlList.items[i] as YamlNode | undefined) : undefined;
      const line = lineAt(
        yamlItem && (isMap(yamlItem) || 'range' in yamlItem) ? yamlItem.range?.[0] : undefined,
      );
      const draft = entryDraft(entry, kind, path, line, role, level, diagnostics);
      if (draft) drafts.push(draft);
    });
  };
  for (const [keys, kind] of [...moduleLists, ...projectLists]) read(keys, kind);
  if (drafts.length === 0)
    diagnostics.push(
      diagnostic('missing-field', 'warning', path, 'master plan lists no modules or projects', null),
    );
  return { drafts, diagnostics };
}

function getIn(data: unknown, keys: string[]): unknown {
  let cur = data;
  for (const k of keys) cur = isObj(cur) ? cur[k] : undefined;
  return cur;
}

function entryDraft(
  entry: unknown,
  kind: 'module' | 'project',
  path: string,
  line: number | null,
  role: string | null,
  level: string | null,
  diagnostics: Diagnostic[],
): NodeDraft | null {
  if (!isObj(entry)) {
    const asId = str(entry);
    if (asId && extractIds(asId).ids[0]) entry = { id: asId };
    else return null;
  }
  const e = entry as Obj;
  const rawId = str(e.id) ?? str(e.module_id) ?? str(e.project_id);
  const id = rawId ? (extractIds(rawId).ids[0] ?? normalizeId(rawId)) : null;
  if (!id) {
    diagnostics.push(
      diagnostic('missing-field', 'warning', path, `a ${kind} entry has no id; skipped`, line),
    );
    return null;
  }
  const summary = str(e.summary);
  const node = emptyNode(id, kind, str(e.title) ?? str(e.name) ?? summary ?? id);
  if (summary && node.title !== summary) node.summary = summary;
  node.sources = [path];
  if (role) node.roles = [role];
  if (level) node.level = level;

  const duration = e.duration_hours ?? e.hours ?? e.estimated_hours ?? e.duration;
  if (typeof duration === 'number' && Number.isFinite(duration)) node.hours = duration;
  else if (isObj(duration)) {
    // The total is the breakdown's sum (R8); an explicit `total` key wins.
    for (const [k, v] of Object.entries(duration))
      if (typeof v === 'number' && Number.isFinite(v) && k !== 'total') node.hoursBreakdown[k] = v;
    node.hours =
      typeof duration.total === 'number'
        ? duration.total
        : Object.values(node.hoursBreakdown).reduce((a, b) => a + b, 0);
  } else if (typeof duration === 'string') {
    const d = parseDuration(duration);
    node.hours = d.hours;
    node.hoursBreakdown = d.breakdown;
    if (d.range) node.hoursRange = d.range;
  }

  // Each list item is its own clause: `[MOD-1 or MOD-2, MOD-3]` is one group and one required id (R30).
  const prereq = extractPrerequisites(strings(e.prerequisites).join('; '), { selfId: id });
  node.prerequisites = prereq.ids;
  node.prerequisiteGroups = prereq.groups;
  node.prerequisiteSkills = prereq.skills.filter((s) => !/^none$/i.test(s));
  node.next = extractIds(strings(e.next).join(', '), { selfId: id }).ids;
  node.objectives = strings(e.learning_objectives ?? e.objectives);
  node.linkedProjects = extractIds(strings(e.linked_projects).join(', ')).ids;
  const comps = e.assessed_competencies ?? e.competencies;
  if (Array.isArray(comps)) {
    for (const c of comps) {
      if (isObj(c)) {
        const name = str(c.name) ?? str(c.competency);
        const read = name
          ? competency(
              name,
              str(c.level) ?? str(c.target),
              str(c.evidence),
              str(c.role),
              path,
              id,
              line,
              diagnostics,
            )
          : null;
        if (read) node.competencies.push(read);
      } else {
        const name = str(c);
        const read = name ? competency(name, null, null, null, path, id, line, diagnostics) : null;
        if (read) node.competencies.push(read);
      }
    }
  }
  const notes = str(e.integration_notes) ?? str(e.notes);
  if (notes) node.sections.push({ heading: 'Integration notes', lines: [notes] });
  return {
    node,
    origin: 'master-plan',
    path,
    line,
    statesPrerequisites: 'prerequisites' in e,
    prerequisitesLine: line,
  };
}
