import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followProgress, type KeyedProgress } from '../../src/domain/followProgress';
import { indexCatalog, type CatalogIndex } from '../../src/domain/graph';
import type { CurriculumNode, NodeProgress, Status } from '../../src/domain/types';
import { catalogOf, node } from './catalog-builder';

/** One definition of an id: what a document says (its key is given by the catalog it is in). */
interface Definition {
  id: string;
  role: string;
  title: string;
  source: string;
}

const slug = (role: string) => role.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** R15 in small: an id defined once keeps the id as key; defined more than once, each key gets `@role`. */
function catalogWith(defs: Definition[]): CatalogIndex {
  const count = new Map<string, number>();
  for (const d of defs) count.set(d.id, (count.get(d.id) ?? 0) + 1);
  const nodes: CurriculumNode[] = defs.map((d) => ({
    ...node(d.id, {
      key: count.get(d.id)! > 1 ? `${d.id}@${slug(d.role)}` : d.id,
      roles: [d.role],
      title: d.title,
    }),
    sources: [d.source],
  }));
  return indexCatalog(catalogOf(nodes));
}

const keyOf = (index: CatalogIndex, d: Definition) =>
  index.catalog.nodes.find((n) => n.sources[0] === d.source)!.key;

const empty = (): KeyedProgress => ({
  profiles: {
    activeId: 'me',
    profiles: { me: { id: 'me', name: 'Me', statuses: {}, goal: null, pace: null, notes: {}, history: {} } },
  },
  positions: { LR: {}, TB: {} },
  aside: {},
});

const analyst: Definition = {
  id: 'MOD-101',
  role: 'Data Analyst',
  title: 'Spreadsheet Foundations',
  source: 'v1/analyst-mod-101.md',
};
const engineer: Definition = {
  id: 'MOD-101',
  role: 'Data Engineer',
  title: 'Stream Processing Basics',
  source: 'extra/engineer-mod-101.md',
};

describe('progress follows its node (I1–I6)', () => {
  it('I2: a second definition of an id re-keys the node; its progress follows it and the new one starts fresh', () => {
    const v1 = catalogWith([analyst]);
    const progress = empty();
    progress.profiles.profiles.me!.statuses = { 'MOD-101': 'completed' };
    progress.profiles.profiles.me!.notes = { 'MOD-101': 'took it in March' };
    progress.profiles.profiles.me!.goal = { type: 'nodes', keys: ['MOD-101'] };
    progress.positions.LR = { 'MOD-101': { x: 1, y: 2 } };
    const both = catalogWith([analyst, engineer]);
    const out = followProgress(progress, v1, both);
    const me = out.profiles.profiles.me!;
    expect(me.statuses).toEqual({ 'MOD-101@data-analyst': 'completed' });
    expect(me.notes).toEqual({ 'MOD-101@data-analyst': 'took it in March' });
    expect(me.goal).toEqual({ type: 'nodes', keys: ['MOD-101@data-analyst'] });
    expect(out.positions.LR).toEqual({ 'MOD-101@data-analyst': { x: 1, y: 2 } });
    expect(out.report.moved).toEqual([{ from: 'MOD-101', to: 'MOD-101@data-analyst', id: 'MOD-101' }]);
    expect(out.report.fresh).toEqual(['MOD-101@data-engineer']);
  });

  it('I3: progress whose node left is kept aside with its identity and comes back when the node does', () => {
    const both = catalogWith([analyst, engineer]);
    const progress = empty();
    progress.profiles.profiles.me!.statuses = { 'MOD-101@data-analyst': 'skipped' };
    const onlyEngineer = catalogWith([engineer]);
    const away = followProgress(progress, both, onlyEngineer);
    // The engineer definition now has the bare key MOD-101, but it is not the node the progress was for.
    expect(away.profiles.profiles.me!.statuses).toEqual({});
    expect(Object.values(away.aside)).toEqual([
      expect.objectContaining({ profiles: { me: { status: 'skipped' } } }),
    ]);
    const back = followProgress(away, onlyEngineer, both);
    expect(back.profiles.profiles.me!.statuses).toEqual({ 'MOD-101@data-analyst': 'skipped' });
    expect(back.aside).toEqual({});
    expect(back.report.reattached).toHaveLength(1);
  });

  it('I1: nothing changes when every key keeps its node (same objects back)', () => {
    const v1 = catalogWith([analyst]);
    const progress = empty();
    progress.profiles.profiles.me!.statuses = { 'MOD-101': 'completed' };
    const out = followProgress(progress, v1, catalogWith([analyst]));
    expect(out.changed).toBe(false);
    expect(out.profiles).toBe(progress.profiles);
  });

  it('I5: at start-up (no previous catalog) a key the catalog holds is kept; an unknown key whose id names two nodes is kept aside', () => {
    const progress = empty();
    progress.profiles.profiles.me!.statuses = {
      'MOD-101': 'completed',
      'MOD-101@data-engineer': 'in-progress',
    };
    const out = followProgress(progress, null, catalogWith([analyst, engineer]));
    expect(out.profiles.profiles.me!.statuses).toEqual({ 'MOD-101@data-engineer': 'in-progress' });
    expect(out.aside['MOD-101']?.profiles.me).toEqual({ status: 'completed' });
  });

  // The property: whatever sequence of catalogs (definitions coming and going, ids re-keyed), status changes and
  // undos, every status, note and position recorded for a definition is on that definition's key when it is in
  // the catalog, and kept aside (with its identity) when it is not. Nothing is lost, nothing lands on another node.
  const RUNS = 400;
  it(`I1–I4 property (${RUNS} runs): no status, note or position is lost or moved to another definition`, () => {
    const ids = ['MOD-1', 'MOD-2', 'PROJ-3'];
    const roles = ['Analyst', 'Engineer', 'Lead'];
    const universe: Definition[] = [];
    for (const id of ids)
      for (const role of roles)
        universe.push({ id, role, title: `${id} for ${role}`, source: `${role}/${id}.md` });
    const status = fc.constantFrom<Status>('in-progress', 'completed', 'skipped');
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('catalog' as const),
        present: fc.uniqueArray(fc.nat(universe.length - 1)),
      }),
      fc.record({
        kind: fc.constant('mark' as const),
        pick: fc.nat(),
        status,
        note: fc.string(),
        x: fc.integer(),
      }),
      fc.record({ kind: fc.constant('undo' as const) }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(universe.length - 1), { minLength: 1 }),
        fc.array(op, { maxLength: 25 }),
        (start, ops) => {
          let defs = start.map((i) => universe[i]!);
          let index = catalogWith(defs);
          let progress = empty();
          const truth = new Map<Definition, NodeProgress & { x?: number }>();
          const undo: { defs: Definition[]; index: CatalogIndex; progress: KeyedProgress }[] = [];
          for (const o of ops) {
            if (o.kind === 'mark') {
              if (defs.length === 0) continue;
              const d = defs[o.pick % defs.length]!;
              const key = keyOf(index, d);
              const me = progress.profiles.profiles.me!;
              me.statuses = { ...me.statuses, [key]: o.status };
              me.notes = { ...me.notes, [key]: o.note };
              progress.positions.LR = { ...progress.positions.LR, [key]: { x: o.x, y: 0 } };
              truth.set(d, { status: o.status, note: o.note, x: o.x });
            } else if (o.kind === 'catalog') {
              undo.push({ defs, index, progress: structuredClone(progress) });
              defs = o.present.map((i) => universe[i]!);
              const next = catalogWith(defs);
              progress = followProgress(progress, index, next);
              index = next;
            } else {
              // Undo of a catalog change restores the documents and all progress as they were.
              const last = undo.pop();
              if (!last) continue;
              ({ defs, index, progress } = last);
              // Marks made after that change are undone with it: rebuild the truth from the restored progress.
              truth.clear();
              for (const d of universe) {
                const found = locate(progress, index, d);
                if (found) truth.set(d, found);
              }
            }
            for (const [d, expected] of truth) expect(locate(progress, index, d)).toEqual(expected);
            // No key holds progress that was never recorded for its definition.
            const held =
              Object.keys(progress.profiles.profiles.me!.statuses).length +
              Object.keys(progress.aside).length;
            expect(held).toBe(truth.size);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Where a definition's progress is: on its key when it is in the catalog, else in the aside entry naming it. */
function locate(
  p: KeyedProgress,
  index: CatalogIndex,
  d: Definition,
): (NodeProgress & { x?: number }) | null {
  const inCatalog = index.catalog.nodes.find((n) => n.sources[0] === d.source);
  if (inCatalog) {
    const me = p.profiles.profiles.me!;
    const key = inCatalog.key;
    if (me.statuses[key] === undefined) return null;
    return { status: me.statuses[key], note: me.notes[key], x: p.positions.LR?.[key]?.x };
  }
  const entry = Object.values(p.aside).find((e) => e.identity.sources[0] === d.source);
  if (!entry) return null;
  const mine = entry.profiles.me!;
  return { status: mine.status, note: mine.note, x: entry.positions.LR?.x };
}
