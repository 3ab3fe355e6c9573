// What one parsed document contributes before the merge: node drafts with their provenance.
import type { Catalog, CurriculumNode, Diagnostic, DocumentKind, NodeKind } from '../types';

/** Where a draft came from decides how it merges (R10): documents win over master plans. */
export type DraftOrigin = 'document' | 'master-plan' | 'catalog';

export interface NodeDraft {
  node: CurriculumNode;
  origin: DraftOrigin;
  /** The document the draft came from and the line its id was read on. */
  path: string;
  line: number | null;
  /** False when the source has no prerequisite statement at all (a master plan's project list). */
  statesPrerequisites?: boolean;
  /** R46: the line the prerequisites are stated on (label or section; a master plan's entry), when known. */
  prerequisitesLine?: number | null;
}

export interface ParsedDocument {
  path: string;
  kind: DocumentKind | null;
  drafts: NodeDraft[];
  diagnostics: Diagnostic[];
  /** Only for catalog JSON: the catalog as it was printed, for an exact round trip. */
  catalog?: Catalog;
}

export function emptyNode(id: string, kind: NodeKind, title = id): CurriculumNode {
  return {
    key: id,
    id,
    kind,
    title,
    roles: [],
    hours: null,
    hoursBreakdown: {},
    prerequisites: [],
    prerequisiteGroups: [],
    prerequisiteSkills: [],
    next: [],
    competencies: [],
    objectives: [],
    sources: [],
    crossRole: [],
    outline: [],
    activities: [],
    assessments: [],
    deliverables: [],
    linkedProjects: [],
    sections: [],
  };
}

export function diagnostic(
  code: string,
  severity: Diagnostic['severity'],
  file: string | null,
  message: string,
  line: number | null = null,
  nodeId: string | null = null,
): Diagnostic {
  return { severity, file, line, nodeId, message, code };
}
