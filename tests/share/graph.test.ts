// Issue 16 item 1: a share link carries the path when the documents do not fit — the whole catalog as nodes and
// links when that fits, else the path's part of it — and stays at most 8,000 characters (docs/planning.md S10–S12).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { besideRepo } from '../support/shared';
import { buildCatalog } from '../../src/domain/catalog';
import { indexCatalog } from '../../src/domain/graph';
import { learningPlan } from '../../src/domain/plan';
import { competencyGaps } from '../../src/domain/gaps';
import type { Catalog, SourceDocument, Statuses } from '../../src/domain/types';
import { graphDocument, packGraph, pathNodeKeys } from '../../src/share/graph';
import { shareUrl } from '../../src/share/location';
import { decodeShare, encodeShare, MAX_LINK_LENGTH } from '../../src/share/payload';
import { toBase64Url } from '../../src/share/base64url';
import { deflateRaw } from '../../src/share/compression';

/** A roadmap document; `noise` makes titles deflate cannot shrink (a catalog too large for a link). */
function roadmap(id: string, title: string, role: string, hours: number, prereqs: string[]): SourceDocument {
  return {
    path: `roadmaps/${id}.md`,
    text: [
      '# Module Roadmap',
      '',
      '## Module Overview',
      '',
      `- **Module ID**: ${id}`,
      `- **Module Title**: ${title}`,
      `- **Target Role(s)**: ${role}`,
      `- **Duration**: ${hours} hours`,
      `- **Prerequisites**: ${prereqs.length ? prereqs.join(', ') : 'None'}`,
      '',
    ].join('\n'),
  };
}

let seed = 11;
const rand = () => (seed = (seed * 48271) % 2147483647);
const word = () => Array.from({ length: 7 }, () => String.fromCharCode(97 + (rand() % 26))).join('');

/** `n` modules of role Platform in chains of 5, and a role "Goal Role" of 5 modules needing MOD-500 and MOD-503. */
function bigCatalog(n: number): { docs: SourceDocument[]; catalog: Catalog } {
  const docs: SourceDocument[] = [];
  for (let i = 0; i < n; i++) {
    const prereq = i % 5 === 0 ? [] : [`MOD-${500 + i - 1}`];
    docs.push(roadmap(`MOD-${500 + i}`, `${word()} ${word()} ${word()} ${word()}`, 'Platform', 10, prereq));
  }
  docs.push(roadmap('MOD-900', 'Goal one', 'Goal Role', 8, ['MOD-503']));
  docs.push(roadmap('MOD-901', 'Goal two', 'Goal Role', 8, ['MOD-900', 'MOD-500']));
  docs.push(roadmap('MOD-902', 'Goal three', 'Goal Role', 8, ['MOD-901']));
  docs.push(roadmap('MOD-903', 'Goal four', 'Goal Role', 8, ['MOD-902', 'MOD-777']));
  docs.push(roadmap('MOD-904', 'Goal five', 'Goal Role', 3, []));
  return { docs, catalog: buildCatalog(docs) };
}

const essentials = (c: Catalog) =>
  c.nodes.map((n) => ({
    key: n.key,
    id: n.id,
    kind: n.kind,
    title: n.title,
    roles: n.roles,
    hours: n.hours,
  }));
const links = (c: Catalog) => c.edges.map((e) => `${e.type}:${e.from}->${e.to}`).sort();

describe('share link: path and catalog as nodes and links', () => {
  it('S10: a catalog packed as columns reads back with the same nodes (id, title, kind, roles, hours) and links', () => {
    const { catalog } = bigCatalog(12);
    const back = buildCatalog([graphDocument(packGraph(catalog, null))]);
    expect(essentials(back)).toEqual(essentials(catalog));
    expect(links(back)).toEqual(links(catalog));
    expect(back.nodes.some((n) => n.kind === 'placeholder' && n.id === 'MOD-777')).toBe(true);
  });

  it('S11: the path is the plan, the done nodes directly before it, and the goal nodes already done', () => {
    const { catalog } = bigCatalog(10);
    const index = indexCatalog(catalog);
    const statuses: Statuses = { 'MOD-500': 'completed', 'MOD-501': 'completed', 'MOD-904': 'completed' };
    const goal = { type: 'role' as const, role: 'Goal Role' };
    const keys = pathNodeKeys(index, statuses, goal);
    const plan = learningPlan(index, statuses, goal).items.map((i) => i.key);
    for (const k of plan) expect(keys).toContain(k);
    // MOD-501 is done and directly before MOD-502 (on the path); MOD-904 is a done goal node; MOD-504 is off it.
    expect(keys).toEqual(
      expect.arrayContaining(['MOD-500', 'MOD-501', 'MOD-502', 'MOD-503', 'MOD-904', 'MOD-903', 'MOD-777']),
    );
    expect(keys).not.toContain('MOD-504');
    expect(keys).toHaveLength(new Set([...plan, 'MOD-500', 'MOD-501', 'MOD-904']).size);
  });

  it('S12: documents too large → the whole catalog when it fits, else the path only, and the link says how much', async () => {
    const small = bigCatalog(30);
    const statuses: Statuses = { 'MOD-503': 'completed' };
    const goal = { type: 'role' as const, role: 'Goal Role' };
    const input = (c: { docs: SourceDocument[]; catalog: Catalog }) => ({
      name: 'Ana',
      statuses,
      goal,
      pace: { hoursPerWeek: 5, startDate: '2026-01-05' },
      sources: c.docs,
      catalogUrl: null,
      catalog: c.catalog,
      pathKeys: pathNodeKeys(indexCatalog(c.catalog), statuses, goal),
    });
    const whole = await encodeShare(input(small), 1500);
    expect(whole.carries).toBe('catalog');
    expect(whole.token.length).toBeLessThanOrEqual(1500);
    const wholeBack = await decodeShare(whole.token);
    expect(wholeBack.ok && wholeBack.path.graph?.shown).toBe(small.catalog.nodes.length);

    const big = bigCatalog(600);
    const enc = await encodeShare(input(big), 7900);
    expect(enc.carries).toBe('path');
    expect(enc.token.length).toBeLessThanOrEqual(7900);
    expect(enc.total).toBe(big.catalog.nodes.length);
    const dec = await decodeShare(enc.token);
    if (!dec.ok) throw new Error(dec.error);
    expect(dec.path.graph).toMatchObject({ shown: enc.shown, total: big.catalog.nodes.length, titles: true });
    const shown = buildCatalog([dec.path.graph!.document]);
    const index = indexCatalog(shown);
    // Same plan on the visitor's side as on the sender's.
    const sent = learningPlan(indexCatalog(big.catalog), statuses, goal).items.map((i) => [i.key, i.title]);
    expect(learningPlan(index, dec.path.statuses, goal).items.map((i) => [i.key, i.title])).toEqual(sent);
    expect(dec.path.statuses).toEqual(statuses);
    expect(dec.path.pace).toEqual({ hoursPerWeek: 5, startDate: '2026-01-05' });

    // A path whose titles do not fit goes without them; one that never fits says so.
    const tight = await encodeShare(input(big), 240);
    expect(tight.carries).toBe('path');
    expect(tight.withoutTitles).toBe(true);
    expect(tight.tooLong).toBe(true);
  });

  it('S10: competencies travel with the graph: names, targets (ranges) and roles read back the same', () => {
    const docs = [
      {
        path: 'roadmaps/MOD-1.md',
        text: [
          '# Module Roadmap',
          '',
          '- **Module ID**: MOD-1',
          '- **Module Title**: One',
          '- **Target Role(s)**: Lead',
          '',
          '## Competency Alignment',
          '',
          '| Competency | Proficiency Target | Evidence / Assessment | Role Alignment |',
          '| --- | --- | --- | --- |',
          '| Coaching | Working/Proficient | Lab | Lead |',
          '| Hiring | Advanced | Panel | |',
          '',
        ].join('\n'),
      },
    ];
    const catalog = buildCatalog(docs);
    expect(catalog.nodes[0]!.competencies.length).toBe(2);
    const back = buildCatalog([graphDocument(packGraph(catalog, null))]);
    const comp = (c: Catalog) => c.nodes[0]!.competencies.map((x) => [x.key, x.range, x.role]);
    expect(comp(back)).toEqual(comp(catalog));
    const without = buildCatalog([graphDocument(packGraph(catalog, null, true, false))]);
    expect(without.nodes[0]!.competencies).toEqual([]);
  });

  it('S10: a link whose graph names a node that is not there is refused as damaged', async () => {
    const graph = packGraph(bigCatalog(3).catalog, null);
    for (const G of [
      { ...graph, e: [0, 99] },
      { ...graph, d: 'mm' },
      { ...graph, n: 1 },
      { ...graph, o: graph.o.map(() => [7]) },
    ]) {
      const json = JSON.stringify({ n: 'x', c: [], p: [], g: null, pace: null, G });
      const r = await decodeShare(`v1.${toBase64Url(await deflateRaw(new TextEncoder().encode(json)))}`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/share link was changed or is damaged \(G/);
    }
  });
});

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = join(REPO, '../shared/curriculum');
const walk = (p: string): string[] =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .flatMap((f) => walk(join(p, f)))
    : [p];

describe.skipIf(!besideRepo(CORPUS, 'share links of the ../shared corpus'))(
  'share link: the ../shared corpus',
  () => {
    it('S12: imported whole with a role goal and one module done, the link is at most 8,000 characters', async () => {
      const seeds = readdirSync(join(REPO, 'src/seeds'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ path: `seeds/${f}`, text: readFileSync(join(REPO, 'src/seeds', f), 'utf8') }));
      const docs = walk(CORPUS)
        .filter((f) => /\.(md|markdown|txt|ya?ml|json)$/i.test(f))
        .map((f) => ({ path: relative(join(REPO, '..'), f), text: readFileSync(f, 'utf8') }));
      const catalog = buildCatalog([...seeds, ...docs]);
      const index = indexCatalog(catalog);
      const goal = { type: 'role' as const, role: 'AI Infrastructure Team Lead' };
      const first = learningPlan(index, {}, goal).items[0]!.key;
      const statuses: Statuses = { [first]: 'completed' };
      const address = shareUrl('https://planner.example.org/', null, null);
      const enc = await encodeShare(
        {
          name: 'Ana',
          statuses,
          goal,
          pace: { hoursPerWeek: 6, startDate: '2026-02-02' },
          sources: docs,
          catalogUrl: null,
          catalog,
          pathKeys: pathNodeKeys(index, statuses, goal),
        },
        MAX_LINK_LENGTH - address.length - '#share='.length,
      );
      const url = shareUrl(address, enc.token, null);
      console.log(
        `corpus share link: ${url.length} characters, carries ${enc.carries} (${enc.shown} of ${enc.total} nodes)`,
      );
      expect(url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
      expect(enc.carries).not.toBe('built-in');
      // The visitor's gaps are the sender's: the competencies and their targets travel with the graph.
      const dec = await decodeShare(enc.token);
      expect(dec.ok).toBe(true);
      if (!dec.ok || !dec.path.graph) throw new Error('the link carries a graph');
      const visitor = indexCatalog(buildCatalog([dec.path.graph.document]));
      const gapsOf = (i: typeof index) => {
        const report = competencyGaps(i, statuses, goal.role);
        return [...report.gaps, ...report.met].map((r) => [r.key, r.required, r.attained, r.closedBy]);
      };
      expect(gapsOf(index).length).toBeGreaterThan(5);
      expect(gapsOf(visitor)).toEqual(gapsOf(index));
    });
  },
);
