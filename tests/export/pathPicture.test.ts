import { describe, expect, it } from 'vitest';
import { pathPictureInput } from '../../src/export/model';
import {
  CARDS_PER_PICTURE,
  MIN_FONT,
  PICTURE_HEIGHT,
  PICTURE_WIDTH,
  pathPictures,
  type PathPictureInput,
  type PathPictureStep,
} from '../../src/export/pathPicture';
import { burnUp } from '../../src/domain/burnup';
import { indexCatalog } from '../../src/domain/graph';
import { selectPath } from '../../src/store/derived';
import { catalogOf, node } from '../domain/catalog-builder';
import { selectExportData } from '../../src/store/exportData';
import { fixtureStore } from '../store/fixtureCatalog';

function step(i: number, over: Partial<PathPictureStep> = {}): PathPictureStep {
  return {
    key: `MOD-${i}`,
    id: `MOD-${i}`,
    title: `Module number ${i} with a reasonably long title about infrastructure`,
    kind: 'module',
    hours: 10,
    inProgress: false,
    ready: i === 1,
    after: i > 1 ? [i - 1] : [],
    start: '2025-03-03',
    finish: '2025-03-09',
    roleColors: ['#2563eb'],
    ...over,
  };
}

function input(n: number, over: Partial<PathPictureInput> = {}): PathPictureInput {
  return {
    learner: 'Ana',
    goal: 'Team Lead',
    date: '2025-03-01',
    percentDone: 25,
    doneCount: 2,
    hoursLeft: n * 10,
    finish: '2025-09-01',
    hoursPerWeek: 8,
    steps: Array.from({ length: n }, (_, i) => step(i + 1)),
    done: [
      { key: 'MOD-0a', id: 'MOD-0a' },
      { key: 'MOD-0b', id: 'MOD-0b' },
    ],
    roles: [{ name: 'Team Lead', color: '#2563eb' }],
    ...over,
  };
}

const keysIn = (svg: string) => [...svg.matchAll(/data-node-key="([^"]+)"/g)].map((m) => m[1]!);
const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('path picture (PT3)', () => {
  it('PT3: a 1920 × 1080 (16:9) SVG with width and height on the root element', () => {
    const [pic] = pathPictures(input(12));
    expect(pathPictures(input(12))).toHaveLength(1);
    expect(pic!.width / pic!.height).toBeCloseTo(16 / 9, 5);
    expect(pic!.svg).toMatch(/^<svg [^>]*width="1920" height="1080"/);
    expect([pic!.width, pic!.height]).toEqual([PICTURE_WIDTH, PICTURE_HEIGHT]);
  });

  it('PT3: every path step is on it, in plan order, and nothing else but the done strip', () => {
    const data = input(28);
    const [pic] = pathPictures(data);
    const keys = keysIn(pic!.svg);
    const steps = data.steps.map((s) => s.key);
    expect(keys.filter((k) => steps.includes(k))).toEqual(steps);
    expect(keys.filter((k) => !steps.includes(k)).sort()).toEqual(['MOD-0a', 'MOD-0b']);
    expect(pic!.svg).toContain('data-done="true"');
  });

  it('PT3: no text under 14 px at 1920 px wide, also with 40 cards on one picture', () => {
    for (const n of [1, 7, 20, 40]) {
      const sizes = fontSizes(pathPictures(input(n))[0]!.svg);
      expect(sizes.length).toBeGreaterThan(n * 3);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_FONT);
    }
  });

  it('PT3: the legend keys every role colour on the picture; what cannot fit is counted, never dropped', () => {
    const names = [
      'AI Infrastructure Engineer',
      'Junior AI Infrastructure Engineer',
      'Senior AI Infrastructure Engineer',
    ];
    const colors = ['#2563eb', '#7c3aed', '#0891b2'];
    const three = pathPictures(
      input(12, { roles: names.map((name, i) => ({ name, color: colors[i]! })) }),
    )[0]!.svg;
    for (const [i, name] of names.entries()) {
      expect(three).toContain(`>${name}<`);
      expect(three).toContain(`fill="${colors[i]}"`);
    }
    const many = Array.from({ length: 9 }, (_, i) => ({
      name: `Role number ${i} of the curriculum`,
      color: `#00000${i}`,
    }));
    const svg = pathPictures(input(12, { roles: many }))[0]!.svg;
    const shown = many.filter((r) => svg.includes(`>${r.name}<`)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(9);
    expect(svg).toContain(`+ ${9 - shown} more role`);
  });

  it('PT3: a path longer than one picture continues on the next ones, each saying part k of n', () => {
    const data = input(CARDS_PER_PICTURE * 2 + 5);
    const pics = pathPictures(data);
    expect(pics.map((p) => [p.part, p.parts, p.keys.length])).toEqual([
      [1, 3, 40],
      [2, 3, 40],
      [3, 3, 5],
    ]);
    expect(pics.flatMap((p) => p.keys)).toEqual(data.steps.map((s) => s.key));
    expect(pics[1]!.svg).toContain('part 2 of 3');
    expect(pics[1]!.svg).toContain('data-step="41"'); // numbering goes on across parts
    expect(pics[2]!.svg).toContain('data-step="85"');
  });

  it('PT3: document text stays text (escaped), and a reached goal says so', () => {
    const svg = pathPictures(
      input(1, { steps: [step(1, { title: '<script>alert(1)</script> & "x"' })], learner: '<b>Eve</b>' }),
    )[0]!.svg;
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
    expect(pathPictures(input(0, { done: [] }))[0]!.svg).toContain('the goal is reached');
  });

  it('PT1: the picture of the store’s path holds exactly selectPath’s steps and done nodes', async () => {
    const { store } = fixtureStore();
    const s = () => store.getState();
    await s().rebuildCatalog([]);
    s().toggleComplete('MOD-1');
    s().setGoal({ type: 'role', role: 'Engineer' });
    s().setPace({ hoursPerWeek: 10, startDate: '2025-02-24' });
    const data = pathPictureInput(selectExportData(s()), '2025-02-24')!;
    const path = selectPath(s())!;
    expect(data.steps.map((x) => x.key)).toEqual(path.keys);
    expect(data.done.map((x) => x.key)).toEqual(['MOD-1']);
    expect(data.finish).toBe(path.plan.finish);
    const [pic] = pathPictures(data);
    expect(new Set(keysIn(pic!.svg))).toEqual(new Set([...path.keys, 'MOD-1']));
    // 10 h done of 10 + 90 h: 10 %.
    expect(data.percentDone).toBe(10);
  });

  // MOD-1 (10 h) → MOD-2 (20 h) → MOD-3 (30 h) at 7 h/week from 2027-01-04; MOD-1 done on the 12th, 8 days late.
  const lateBurnUp = () =>
    burnUp(
      indexCatalog(
        catalogOf([
          node('MOD-1', { hours: 10 }),
          node('MOD-2', { hours: 20, prerequisites: ['MOD-1'] }),
          node('MOD-3', { hours: 30, prerequisites: ['MOD-2'] }),
        ]),
      ),
      { 'MOD-1': 'completed' },
      { 'MOD-1': [{ status: 'completed', at: '2027-01-12T10:00:00.000Z' }] },
      { type: 'nodes', keys: ['MOD-3'] },
      { hoursPerWeek: 7, startDate: '2027-01-04' },
      '2027-01-20',
    )!;
  const sparkline = (svg: string) => /<g data-burnup-sparkline="[^"]*"[^>]*>.*?<\/g>/.exec(svg)?.[0];

  it('PT3/BU4: with a goal and a pace the header holds the burn-up sparkline (planned, done, projected) and the ahead/behind words', () => {
    const b = lateBurnUp();
    expect(b.behindDays).toBe(6);
    const [pic] = pathPictures(input(12, { burnUp: b }));
    const spark = sparkline(pic!.svg);
    expect(spark).toBeDefined();
    expect(spark).toContain('data-behind-days="6"');
    for (const line of ['planned', 'actual', 'projected']) expect(spark).toContain(`data-line="${line}"`);
    expect(spark).toContain('>6 days behind the plan</text>');
    // In the header band (above the progress bar at y 134), right of the title and left of the % done.
    const ys = [...spark!.matchAll(/ y="([\d.]+)"/g)].map((m) => Number(m[1]));
    const xs = [...spark!.matchAll(/ x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeLessThan(134);
    expect(Math.max(...xs)).toBeLessThan(PICTURE_WIDTH - 56 - 240);
    // Still no text under 14 px.
    expect(Math.min(...fontSizes(pic!.svg))).toBeGreaterThanOrEqual(MIN_FONT);
    // Ahead: the same learner a week earlier than planned reads "ahead of the plan".
    const ahead = { ...b, behindDays: -3 };
    expect(sparkline(pathPictures(input(3, { burnUp: ahead }))[0]!.svg)).toContain(
      '3 days ahead of the plan',
    );
  });

  it('BU8: without a pace there is no sparkline (and the title keeps its room)', () => {
    expect(pathPictures(input(12))[0]!.svg).not.toContain('data-burnup-sparkline');
    expect(pathPictures(input(12, { burnUp: null }))[0]!.svg).not.toContain('data-burnup-sparkline');
  });

  it('PT3: the store’s path picture carries the learner’s burn-up when the goal has a pace, and none without one', async () => {
    const { store } = fixtureStore();
    const s = () => store.getState();
    await s().rebuildCatalog([]);
    s().setGoal({ type: 'role', role: 'Engineer' });
    expect(pathPictureInput(selectExportData(s()), '2025-03-10')!.burnUp).toBeNull();
    s().toggleComplete('MOD-1');
    s().setPace({ hoursPerWeek: 10, startDate: '2025-02-24' });
    const data = pathPictureInput(selectExportData(s()), '2025-03-10')!;
    expect(data.burnUp).not.toBeNull();
    expect(data.burnUp!.today).toBe('2025-03-10');
    expect(sparkline(pathPictures(data)[0]!.svg)).toContain('data-line="planned"');
  });
});
