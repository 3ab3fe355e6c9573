// Issue 16 items 2 and 3: the pathway file is the backup (one format, docs/planning.md B5–B8). It carries the
// learner and the curriculum; opened in a fresh browser it brings both back; it asks before replacing anything
// with progress in it; a truncated or damaged file is refused with a message naming the problem and changes nothing;
// version 1 backups (profiles only) still restore.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { besideRepo } from '../support/shared';
import {
  answerRestore,
  cancelRestore,
  isPlannerFile,
  openPlannerFile,
  pathwayFile,
  restoreStore,
} from '../../src/session/pathwayFiles';
import { sessionStore } from '../../src/session/sessionStore';
import { BACKUP_FORMAT, makeBackup, planRestore } from '../../src/storage/backup';
import { parseBackup } from '../../src/storage/backupParse';
import { activeProfile, activeStatuses } from '../../src/store/progressSlice';
import { createPlannerStore, type PlannerStore } from '../../src/store/store';
import type { Profile } from '../../src/store/types';

const noLayout = { layout: async () => ({}) };

const doc = (id: string, title: string, prereq = 'None') => ({
  path: `roadmaps/${id}.md`,
  text: `# Module Roadmap\n\n## Module Overview\n\n- **Module ID**: ${id}\n- **Module Title**: ${title}\n- **Target Role(s)**: Data Steward\n- **Duration**: 6 hours\n- **Prerequisites**: ${prereq}\n`,
});
const DOCS = [
  doc('MOD-351', 'Contracts'),
  doc('MOD-352', 'Lineage', 'MOD-351'),
  doc('MOD-353', 'Capstone', 'MOD-352'),
];

async function freshStore(): Promise<PlannerStore> {
  const store = createPlannerStore(noLayout);
  await store.getState().rebuildCatalog([]);
  return store;
}

/** The sender: the documents imported, MOD-351 completed, a role goal, a note and a dragged node. */
async function sender(): Promise<PlannerStore> {
  const store = await freshStore();
  await store.getState().importDocuments(DOCS);
  const s = store.getState();
  s.setStatus('MOD-351', 'completed');
  s.setGoal({ type: 'role', role: 'Data Steward' });
  s.setPace({ hoursPerWeek: 4, startDate: '2026-03-02' });
  s.setNote('MOD-352', 'pair with Ben');
  s.moveNode('MOD-353', 120, 40);
  return store;
}

beforeEach(() => {
  sessionStore.setState({ mode: 'own', catalogUrl: null });
  restoreStore.setState({ pending: null });
});

describe('pathway file (= backup)', () => {
  it('B5: holds the learner (statuses, goal, pace, notes), the imported documents and the positions', async () => {
    const store = await sender();
    const { fileName, json } = pathwayFile(store, new Date(2026, 2, 4, 10));
    expect(fileName).toBe('pathway-me-2026-03-04.json');
    expect(isPlannerFile(json)).toBe(true);
    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(parsed.error);
    const file = parsed.backup;
    expect(file.version).toBe(2);
    expect(file.profiles).toHaveLength(1);
    expect(file.profiles[0]).toMatchObject({
      statuses: { 'MOD-351': 'completed' },
      goal: { type: 'role', role: 'Data Steward' },
      pace: { hoursPerWeek: 4, startDate: '2026-03-02' },
      notes: { 'MOD-352': 'pair with Ben' },
    });
    expect(file.curriculum?.documents).toEqual(DOCS);
    expect(Object.values(file.positions ?? { LR: {}, TB: {} }).some((p) => 'MOD-353' in p)).toBe(true);
  });

  it('B6: opened in a fresh browser it restores the curriculum and that learner without asking', async () => {
    const { json } = pathwayFile(await sender());
    const visitor = await freshStore();
    expect(visitor.getState().catalog.nodes.some((n) => n.id === 'MOD-351')).toBe(false);
    const result = await openPlannerFile(visitor, json, 'pathway-me.json');
    expect(result.tone).toBe('info');
    const s = visitor.getState();
    expect(s.catalog.nodes.filter((n) => n.id.startsWith('MOD-35')).map((n) => n.id)).toEqual([
      'MOD-351',
      'MOD-352',
      'MOD-353',
    ]);
    expect(s.sources).toEqual(DOCS);
    expect(activeStatuses(s)).toEqual({ 'MOD-351': 'completed' });
    expect(activeProfile(s).notes).toEqual({ 'MOD-352': 'pair with Ben' });
    expect(Object.values(s.manualPositions).some((p) => 'MOD-353' in p)).toBe(true);
    // The fresh browser's untouched "Me" was replaced, not doubled.
    expect(Object.keys(s.profiles.profiles)).toHaveLength(1);
  });

  it('B7: a file that would replace progress or documents here asks first; cancel changes nothing, keep both adds', async () => {
    const { json } = pathwayFile(await sender());
    const visitor = await freshStore();
    await visitor
      .getState()
      .importDocuments([{ ...DOCS[0]!, text: DOCS[0]!.text.replace('Contracts', 'Mine') }]);
    visitor.getState().setStatus('MOD-805', 'completed');
    const before = { sources: visitor.getState().sources, profiles: visitor.getState().profiles };
    expect((await openPlannerFile(visitor, json, 'p.json')).tone).toBe('asking');
    expect(restoreStore.getState().pending?.plan.replacedDocuments).toEqual(['roadmaps/MOD-351.md']);
    expect(restoreStore.getState().pending?.plan.profiles.conflicts.map((c) => c.existing.name)).toEqual([
      'Me',
    ]);
    expect(visitor.getState().sources).toBe(before.sources);
    expect(visitor.getState().profiles).toBe(before.profiles);
    cancelRestore();
    expect(visitor.getState().profiles).toBe(before.profiles);

    await openPlannerFile(visitor, json, 'p.json');
    await answerRestore(visitor, 'keep-both');
    const s = visitor.getState();
    expect(Object.values(s.profiles.profiles).map((p) => p.name)).toEqual(['Me', 'Me (imported)']);
    expect(s.profiles.profiles.me!.statuses).toEqual({ 'MOD-805': 'completed' });
    expect(activeStatuses(s)).toEqual({ 'MOD-351': 'completed' });
    // Keep both keeps the visitor's version of a document with the same path; the others are added.
    expect(s.sources.find((d) => d.path === 'roadmaps/MOD-351.md')!.text).toContain('Mine');
    expect(s.sources).toHaveLength(3);

    await openPlannerFile(visitor, json, 'p.json');
    await answerRestore(visitor, 'replace');
    expect(visitor.getState().sources.find((d) => d.path === 'roadmaps/MOD-351.md')!.text).toContain(
      'Contracts',
    );
  });

  it('B8: a truncated or damaged file is refused with a message naming the problem; nothing changes', async () => {
    const { json } = pathwayFile(await sender());
    const visitor = await freshStore();
    await visitor.getState().importDocuments([doc('OWN-1', 'Own')]);
    const before = { sources: visitor.getState().sources, profiles: visitor.getState().profiles };
    const cases: [string, RegExp][] = [
      [json.slice(0, Math.floor(json.length * 0.6)), /truncated.*ends after [\d,]+ characters/],
      [json.slice(0, 60), /truncated/],
      [
        json.replace('"documents"', '"documentz"').replace(/"path": "roadmaps\/MOD-351.md"/, '"path": 7'),
        /damaged/,
      ],
      [JSON.stringify({ ...JSON.parse(json), version: 9 }), /newer version/],
      [json.replace('"statuses": {', '"statuses": {"X": "done", '), /profile 1 \(Me\), statuses\.X/],
    ];
    for (const [text, reason] of cases) {
      const r = await openPlannerFile(visitor, text, 'pathway-me.json');
      expect(r.tone).toBe('error');
      if (r.tone !== 'asking') expect(r.text).toMatch(reason);
      expect(r.tone !== 'asking' && r.text).toMatch(/^pathway-me\.json: /);
      expect(visitor.getState().sources).toBe(before.sources);
      expect(visitor.getState().profiles).toBe(before.profiles);
      expect(restoreStore.getState().pending).toBeNull();
    }
  });

  it('B8: a version 1 backup (profiles only) still restores, and says when its nodes are not in this catalog', async () => {
    const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
    const ana: Profile = {
      id: 'ana',
      name: 'Ana',
      statuses: { 'MOD-805': 'completed', 'GONE-1': 'completed' },
      goal: null,
      pace: null,
      notes: {},
    };
    const v1 = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2025-03-04T10:00:00.000Z',
      activeId: 'ana',
      profiles: [ana],
    });
    expect(existsSync(join(REPO, 'tests/fixtures/storage'))).toBe(true);
    const visitor = await freshStore();
    const r = await openPlannerFile(visitor, v1, 'planner-backup-ana-2025-03-04.json');
    expect(r.tone).toBe('warning');
    if (r.tone !== 'asking') expect(r.text).toMatch(/1 of its nodes are not in this catalog/);
    expect(activeProfile(visitor.getState())).toMatchObject({ name: 'Ana', statuses: ana.statuses });
  });

  it('B6: planRestore adds the file documents to yours and asks only when something of yours would change', () => {
    const me: Profile = { id: 'me', name: 'Me', statuses: {}, goal: null, pace: null, notes: {} };
    const file = makeBackup([{ ...me, statuses: { 'MOD-351': 'completed' } }], new Date(0), 'me', {
      curriculum: { documents: DOCS, catalogUrl: null },
    });
    const fresh = planRestore({ sources: [], profiles: { me } }, file);
    expect(fresh.needsAsking).toBe(false);
    expect(fresh.documents).toEqual(DOCS);
    const same = planRestore({ sources: DOCS, profiles: { me } }, file);
    expect(same.documents).toBeNull();
    const busy = planRestore({ sources: [], profiles: { me: { ...me, notes: { x: 'y' } } } }, file);
    expect(busy.needsAsking).toBe(true);
  });
});

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/curriculum');
const walk = (p: string): string[] =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .flatMap((f) => walk(join(p, f)))
    : [p];

describe.skipIf(!besideRepo(CORPUS, 'pathway files of the ../shared corpus'))(
  'pathway file: the ../shared corpus',
  () => {
    it('B5: the corpus with a role goal and one module done saves and reopens; its size is reported', async () => {
      const docs = walk(CORPUS)
        .filter((f) => /\.(md|markdown|txt|ya?ml|json)$/i.test(f))
        .map((f) => ({ path: relative(join(CORPUS, '..'), f), text: readFileSync(f, 'utf8') }));
      const store = await freshStore();
      await store.getState().importDocuments(docs);
      store.getState().setGoal({ type: 'role', role: 'AI Infrastructure Team Lead' });
      store.getState().setStatus('MOD-101', 'completed');
      const { json } = pathwayFile(store);
      console.log(
        `corpus pathway file: ${json.length.toLocaleString('en')} characters (${docs.length} documents, ${store.getState().catalog.nodes.length} nodes)`,
      );
      const visitor = await freshStore();
      await openPlannerFile(visitor, json, 'corpus.json');
      expect(visitor.getState().catalog.nodes.length).toBe(store.getState().catalog.nodes.length);
      expect(activeStatuses(visitor.getState())).toEqual(activeStatuses(store.getState()));
    });
  },
);
