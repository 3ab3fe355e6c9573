// R45: one notice per import, with the counts (files, documents read, nodes added/changed, warnings, errors,
// skipped files); a new import's notice replaces the last one, and progress moves are folded into it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import type { SourceDocument } from '../../src/domain/types';
import { screenFiles, type ScreenedDocuments } from '../../src/store/importLimits';
import { createPlannerStore } from '../../src/store/store';
import { isAccepted } from '../../src/ui/readFiles';

function store() {
  return createPlannerStore({
    seeds: [],
    loadBuildCatalog: async () => buildCatalog,
    parseOffThread: undefined,
    layout: async () => ({}),
    prepareLayout: undefined,
  });
}

const roadmap = (id: string, title: string, prereq = 'None', warn = false) => `# Module Roadmap

## Module Overview

- **Module ID**: ${id}
- **Module Title**: ${title}
- **Target Role(s)**: Harbour Pilot
- **Duration**: 6 hours
- **Prerequisites**: ${prereq}

## Competency Alignment

| Competency | Proficiency Target | Evidence / Assessment | Role Alignment |
|------------|--------------------|-----------------------|----------------|
| tides | ${warn ? 'Wizard' : 'Working'} | Log | Harbour Pilot |
`;

function folder(): ScreenedDocuments {
  const docs: ScreenedDocuments = [
    { path: 'repo/mod-981.md', text: roadmap('MOD-981', 'Tides') },
    { path: 'repo/mod-982.md', text: roadmap('MOD-982', 'Currents', 'MOD-981', true) },
    { path: 'repo/broken.md', text: '# Module Roadmap\n\n- **Module Title**: No id\n' },
    { path: 'repo/README.md', text: '# Tools\n\nnpm install\n' },
    { path: 'repo/package.json', text: '{"name": "x"}' },
  ];
  docs.rejected = screenFiles([{ path: 'repo/app.js', size: 10 }], isAccepted).rejected;
  return docs;
}

const importNotices = (s: ReturnType<typeof store>) =>
  s.getState().notices.filter((n) => n.slot === 'import');

describe('the import notice (R45)', () => {
  it('R45: one notice with documents read, nodes added/changed, warnings, errors and skipped files', async () => {
    const s = store();
    await s.getState().rebuildCatalog([]);
    const before = s.getState().notices.length;
    await s.getState().importDocuments(folder());
    const notices = s.getState().notices;
    expect(notices).toHaveLength(before + 1);
    const notice = importNotices(s);
    expect(notice).toHaveLength(1);
    const text = notice[0]!.text;
    expect(text).toMatch(/^Imported 5 files: 2 documents read; nodes \+2 added, 0 changed;/);
    expect(text).toMatch(/1 warning, 1 error;/); // unknown level "Wizard"; the roadmap without an id
    expect(text).toMatch(/3 files skipped \(not curriculum documents\)/); // README.md, package.json, app.js
    expect(text).toMatch(/Added: MOD-981, MOD-982\./);
    expect(notice[0]!.tone).toBe('warning'); // an error stays until dismissed
  });

  it('R45: a second import replaces the first notice; a changed node is counted', async () => {
    const s = store();
    await s.getState().rebuildCatalog([]);
    await s.getState().importDocuments([{ path: 'a/mod-981.md', text: roadmap('MOD-981', 'Tides') }]);
    await s.getState().importDocuments([{ path: 'a/mod-983.md', text: roadmap('MOD-983', 'Waves') }]);
    await s
      .getState()
      .importDocuments([{ path: 'a/mod-981.md', text: roadmap('MOD-981', 'Tides, revised') }]);
    const notice = importNotices(s);
    expect(notice).toHaveLength(1);
    expect(notice[0]!.text).toMatch(
      /^Imported 1 file: 1 document read; nodes \+0 added, 1 changed; 0 warnings, 0 errors; 0 files skipped/,
    );
    expect(notice[0]!.text).toMatch(/Changed: MOD-981\./);
    expect(notice[0]!.tone).toBe('info');
    expect(s.getState().notices.filter((n) => /^Imported/.test(n.text))).toHaveLength(1);
  });

  it('R45: progress that follows its node to a new key is told in the same notice, not a second one', async () => {
    const CASE = join(import.meta.dirname, '..', 'fixtures', 'progress', 'second-definition');
    const part = (name: string): SourceDocument[] =>
      readdirSync(join(CASE, name)).map((file) => ({
        path: `${name}/${file}`,
        text: readFileSync(join(CASE, name, file), 'utf8'),
      }));
    const s = store();
    await s.getState().importDocuments(part('v1'));
    s.getState().setStatus('MOD-101', 'completed');
    const count = s.getState().notices.length;
    await s.getState().importDocuments(part('extra'));
    expect(s.getState().notices).toHaveLength(count); // replaced, not stacked
    const notice = importNotices(s);
    expect(notice).toHaveLength(1);
    expect(notice[0]!.text).toMatch(/^Imported/);
    expect(notice[0]!.text).toMatch(/MOD-101 → MOD-101@data-analyst/);
  });
});
