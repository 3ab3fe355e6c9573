// One entry point for every document kind: guard, detect, parse. Never throws.
import type { SourceDocument } from '../types';
import { parseCatalogJson } from './catalog-json';
import { detectKind } from './detect';
import { diagnostic, type ParsedDocument } from './draft';
import { cutLongLines, guardText } from './guard';
import { parseMasterPlan } from './master-plan';
import { parseMarkdownNode } from './markdown-node';

export { detectKind } from './detect';
export type { NodeDraft, ParsedDocument } from './draft';

export function parseDocument(doc: SourceDocument): ParsedDocument {
  const path = typeof doc?.path === 'string' && doc.path ? doc.path : '(unnamed document)';
  const guarded = guardText(path, doc?.text);
  if (!guarded.ok) return { path, kind: null, drafts: [], diagnostics: guarded.diagnostics };
  const kind = detectKind(guarded.text);
  const markdown = kind === 'module-roadmap' || kind === 'project-plan';
  const { text, diagnostics: cutDiagnostics } = markdown
    ? cutLongLines(path, guarded.text)
    : { text: guarded.text, diagnostics: [] };
  guarded.diagnostics.push(...cutDiagnostics);
  if (kind === null) {
    return {
      path,
      kind,
      drafts: [],
      diagnostics: [
        ...guarded.diagnostics,
        // R42: a repository holds many files that are not curriculum: that is information, not an error.
        diagnostic(
          'not-curriculum',
          'info',
          path,
          'skipped: not a curriculum document (no "# Module Roadmap", "# Project Plan", Module/Project ID, master-plan YAML or catalog JSON)',
          null,
        ),
      ],
    };
  }
  try {
    const parsed =
      kind === 'module-roadmap'
        ? parseMarkdownNode(path, text, 'module')
        : kind === 'project-plan'
          ? parseMarkdownNode(path, text, 'project')
          : kind === 'master-plan'
            ? parseMasterPlan(path, text)
            : parseCatalogJson(path, text);
    return { path, kind, ...parsed, diagnostics: [...guarded.diagnostics, ...parsed.diagnostics] };
  } catch (err) {
    // A parser bug must not lose the other documents: report it against this file.
    const message = err instanceof Error ? err.message : String(err);
    return {
      path,
      kind,
      drafts: [],
      diagnostics: [
        diagnostic('parse-error', 'error', path, `could not be parsed: ${message.slice(0, 200)}`, null),
      ],
    };
  }
}
