// Safe catalog changes (issue 14 item 5): reset can be undone with all progress; a re-imported document replaces
// its older version whatever path it came by, and the notice says what changed (C1, C2).
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { activeProfile, activeStatuses } from '../../src/store/progressSlice';
import { createPlannerStore } from '../../src/store/store';

const doc = (path: string, id: string, title: string, hours: number) => ({
  path,
  text: `# Module Roadmap\n\n## Module Overview\n\n- **Module ID**: ${id}\n- **Module Title**: ${title}\n- **Target Role(s)**: Tide Analyst\n- **Duration**: ${hours} hours\n- **Prerequisites**: None\n`,
});

function store() {
  return createPlannerStore({
    seeds: [],
    loadBuildCatalog: async () => buildCatalog,
    parseOffThread: undefined,
    layout: async () => ({}),
    prepareLayout: undefined,
  });
}

describe('safe catalog changes', () => {
  it('C3: reset removes the imported documents; undo brings back the documents and all progress', async () => {
    const s = store();
    await s.getState().importDocuments([doc('a/mod-960.md', 'MOD-960', 'Buoys', 10)]);
    s.getState().setStatus('MOD-960', 'completed');
    s.getState().setNote('MOD-960', 'field day');
    await s.getState().resetCatalog();
    expect(s.getState().sources).toEqual([]);
    expect(s.getState().index.byKey.has('MOD-960')).toBe(false);
    expect(activeStatuses(s.getState())).toEqual({});
    expect(s.getState().aside['MOD-960']).toBeDefined(); // kept aside, not lost
    s.getState().undoCatalogChange();
    const r = s.getState();
    expect(r.sources.map((d) => d.path)).toEqual(['a/mod-960.md']);
    expect(activeStatuses(r)).toEqual({ 'MOD-960': 'completed' });
    expect(activeProfile(r).notes).toEqual({ 'MOD-960': 'field day' });
    expect(r.aside).toEqual({});
    expect(r.catalogUndo).toBeNull();
    // R45: one catalog notice at a time — the undo's replaces the reset's, which replaced the import's.
    expect(r.notices.map((n) => n.text)).toEqual(['The documents and all progress are back as they were.']);
  });

  it('C1/C2: a corrected file imported by another path replaces the older version and says what changed', async () => {
    const s = store();
    await s
      .getState()
      .importDocuments([
        doc('folder/mod-961.md', 'MOD-961', 'Currents', 10),
        doc('folder/mod-962.md', 'MOD-962', 'Tides', 8),
      ]);
    s.getState().setStatus('MOD-961', 'in-progress');
    await s.getState().importDocuments([doc('Downloads/mod-961 (fixed).md', 'MOD-961', 'Currents', 14)]);
    const r = s.getState();
    expect(r.sources.map((d) => d.path).sort()).toEqual([
      'Downloads/mod-961 (fixed).md',
      'folder/mod-962.md',
    ]);
    expect(r.index.keysById.get('MOD-961')).toEqual(['MOD-961']); // one definition, not two
    expect(r.index.byKey.get('MOD-961')!.hours).toBe(14);
    expect(activeStatuses(r)).toEqual({ 'MOD-961': 'in-progress' }); // progress stays on it
    const notice = r.notices.at(-1)!.text;
    expect(notice).toMatch(/Replaced the older version: folder\/mod-961\.md/);
    expect(notice).toMatch(/Changed: MOD-961/);
    await s.getState().importDocuments([doc('new/mod-963.md', 'MOD-963', 'Waves', 5)]);
    expect(s.getState().notices.at(-1)!.text).toMatch(/Added: MOD-963/);
  });
});
