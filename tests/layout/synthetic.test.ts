import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { syntheticCatalog, syntheticDocuments } from '../../bench/synthetic';

describe('synthetic curriculum generator', () => {
  it('B1: is deterministic and has exactly the requested node count', () => {
    expect(syntheticCatalog(333, 8)).toEqual(syntheticCatalog(333, 8));
    expect(syntheticCatalog(333, 8).nodes).toHaveLength(333);
    expect(syntheticCatalog(333, 9)).not.toEqual(syntheticCatalog(333, 8));
  });

  it('B2: has role tracks, layered and cross-track prerequisites, and competencies with levels', () => {
    const catalog = syntheticCatalog(400, 2);
    const roleOf = new Map(catalog.nodes.map((n) => [n.key, n.roles[0]]));
    const prereq = catalog.edges.filter((e) => e.type === 'prerequisite');
    expect(new Set(roleOf.values()).size).toBeGreaterThan(10);
    expect(prereq.some((e) => roleOf.get(e.from) !== roleOf.get(e.to))).toBe(true);
    expect(prereq.filter((e) => roleOf.get(e.from) === roleOf.get(e.to)).length).toBeGreaterThan(300);
    const modules = catalog.nodes.filter((n) => n.kind === 'module');
    expect(
      modules.every((m) => m.competencies.length >= 2 && m.competencies.every((c) => c.range !== null)),
    ).toBe(true);
  });

  it('B3: its documents go through the real parser to the same nodes and edges, without diagnostics', () => {
    const direct = syntheticCatalog(120, 5);
    const built = buildCatalog(syntheticDocuments(120, 5));
    expect(built.diagnostics).toEqual([]);
    expect(built.nodes.map((n) => n.key).sort()).toEqual(direct.nodes.map((n) => n.key).sort());
    const edgeSet = (edges: typeof built.edges) => edges.map((e) => `${e.type} ${e.from}>${e.to}`).sort();
    expect(edgeSet(built.edges)).toEqual(edgeSet(direct.edges));
    const mod = built.nodes.find((n) => n.key === 'MOD-205')!;
    const same = direct.nodes.find((n) => n.key === 'MOD-205')!;
    expect(mod.competencies.map((c) => [c.key, c.level])).toEqual(
      same.competencies.map((c) => [c.key, c.level]),
    );
    expect(mod.hours).toBe(same.hours);
  });
});
