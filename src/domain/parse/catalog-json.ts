// A catalog printed by the `catalog` CLI, read back (R14: the round trip gives the same nodes and edges).
import { parseJsonText } from '../catalogJson';
import { foldCompetencyKey, parseLevel } from '../levels';
import type {
  Catalog,
  CatalogEdge,
  Competency,
  CurriculumNode,
  Diagnostic,
  NodeKind,
  TextSection,
} from '../types';
import { diagnostic, emptyNode, type NodeDraft } from './draft';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
const KINDS: NodeKind[] = ['module', 'project', 'placeholder'];

export function parseCatalogJson(
  path: string,
  text: string,
): { drafts: NodeDraft[]; diagnostics: Diagnostic[]; catalog?: Catalog } {
  const diagnostics: Diagnostic[] = [];
  // The JSON step is the one catalog-JSON reader's (domain/catalogJson.ts); the nodes are then read one by one, so a
  // hand-edited catalog keeps its good nodes and names each bad one (the stored catalog is all-or-nothing instead).
  const json = parseJsonText(text);
  if (!json.ok) {
    diagnostics.push(
      diagnostic(
        'bad-file',
        'error',
        path,
        `catalog JSON is malformed or truncated: ${json.message}`,
        json.line,
      ),
    );
    return { drafts: [], diagnostics };
  }
  const data = json.value;
  if (!isObj(data) || !Array.isArray(data.nodes)) {
    diagnostics.push(
      diagnostic('bad-file', 'error', path, 'JSON is not a catalog (needs "nodes" and "edges" arrays)', null),
    );
    return { drafts: [], diagnostics };
  }
  const nodes: CurriculumNode[] = [];
  const keys = new Set<string>();
  data.nodes.forEach((raw, i) => {
    const node = readNode(raw);
    if (!node || keys.has(node.key)) {
      diagnostics.push(
        diagnostic(
          'bad-value',
          'warning',
          path,
          `catalog node #${i + 1} is invalid or repeats a key; skipped`,
          null,
        ),
      );
      return;
    }
    keys.add(node.key);
    nodes.push(node);
  });
  const edges: CatalogEdge[] = [];
  for (const raw of Array.isArray(data.edges) ? data.edges : []) {
    if (!isObj(raw)) continue;
    const from = str(raw.from);
    const to = str(raw.to);
    const type = raw.type === 'next' ? 'next' : raw.type === 'prerequisite' ? 'prerequisite' : null;
    if (from && to && type && keys.has(from) && keys.has(to)) edges.push({ from, to, type });
  }
  const carried: Diagnostic[] = [];
  for (const raw of Array.isArray(data.diagnostics) ? data.diagnostics : []) {
    if (!isObj(raw) || typeof raw.message !== 'string') continue;
    const severity = raw.severity === 'error' || raw.severity === 'info' ? raw.severity : 'warning';
    carried.push({
      severity,
      file: str(raw.file),
      line: typeof raw.line === 'number' ? raw.line : null,
      nodeId: str(raw.nodeId),
      message: raw.message,
      code: str(raw.code) ?? 'carried',
    });
  }
  const drafts = nodes
    .filter((n) => n.kind !== 'placeholder')
    .map((node) => ({ node, origin: 'catalog' as const, path, line: null }));
  return { drafts, diagnostics, catalog: { nodes, edges, diagnostics: carried } };
}

function readNode(raw: unknown): CurriculumNode | null {
  if (!isObj(raw)) return null;
  const id = str(raw.id);
  if (!id) return null;
  const kind = KINDS.includes(raw.kind as NodeKind) ? (raw.kind as NodeKind) : 'module';
  const node = emptyNode(id, kind, str(raw.title) ?? id);
  node.key = str(raw.key) ?? id;
  node.roles = strings(raw.roles);
  node.hours = typeof raw.hours === 'number' && Number.isFinite(raw.hours) ? raw.hours : null;
  if (isObj(raw.hoursBreakdown)) {
    for (const [k, v] of Object.entries(raw.hoursBreakdown))
      if (typeof v === 'number') node.hoursBreakdown[k] = v;
  }
  const range = isObj(raw.hoursRange) ? raw.hoursRange : null;
  if (range && typeof range.min === 'number' && typeof range.max === 'number')
    node.hoursRange = { min: range.min, max: range.max };
  node.prerequisites = strings(raw.prerequisites);
  if (Array.isArray(raw.prerequisiteGroups))
    node.prerequisiteGroups = raw.prerequisiteGroups.map(strings).filter((g) => g.length > 0);
  else node.prerequisiteGroups = node.prerequisites.map((p) => [p]);
  node.prerequisiteSkills = strings(raw.prerequisiteSkills);
  node.next = strings(raw.next);
  node.competencies = (Array.isArray(raw.competencies) ? raw.competencies : [])
    .map(readCompetency)
    .filter((c): c is Competency => c !== null);
  node.objectives = strings(raw.objectives);
  node.sources = strings(raw.sources);
  for (const f of ['summary', 'level', 'placement', 'relatedAssessments'] as const) {
    const v = str(raw[f]);
    if (v !== null) node[f] = v;
  }
  for (const f of [
    'crossRole',
    'outline',
    'activities',
    'assessments',
    'deliverables',
    'linkedProjects',
  ] as const)
    node[f] = strings(raw[f]);
  node.sections = (Array.isArray(raw.sections) ? raw.sections : [])
    .filter(isObj)
    .map((s): TextSection => ({ heading: str(s.heading) ?? '', lines: strings(s.lines) }));
  return node;
}

function readCompetency(raw: unknown): Competency | null {
  if (!isObj(raw)) return null;
  const name = str(raw.name);
  if (!name) return null;
  const level = str(raw.level);
  return {
    name,
    key: str(raw.key) ?? foldCompetencyKey(name),
    level,
    range: level ? parseLevel(level) : null,
    evidence: str(raw.evidence),
    role: str(raw.role),
  };
}
