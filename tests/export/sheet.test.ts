// Export sheet and whole-graph SVG (issue 5 item 1): header facts, legend, file names, every node and edge,
// document text escaped, large graphs drawn in chunks that can be cancelled.
import { describe, expect, it } from 'vitest';
import { graphSvg, type GraphSvgInput } from '../../src/export/graphSvg';
import { composeSheet, exportFileName, legendEntries, xml } from '../../src/export/sheet';
import { describeGoal, progressPercent } from '../../src/export/model';

function chain(n: number): GraphSvgInput {
  const nodes = Array.from({ length: n }, (_, i) => ({
    key: `M-${i}`,
    id: `M-${i}`,
    title: `Module number ${i} with a fairly long title`,
    kind: 'module' as const,
    hours: 10,
    roleColors: ['#3b82f6'],
  }));
  const positions = Object.fromEntries(
    nodes.map((node, i) => [node.key, { x: (i % 40) * 300, y: Math.floor(i / 40) * 140 }]),
  );
  const edges = nodes
    .slice(1)
    .map((node, i) => ({ from: `M-${i}`, to: node.key, type: 'prerequisite' as const }));
  return {
    nodes,
    edges,
    positions,
    statuses: { 'M-0': 'completed' },
    eligible: new Set(['M-1']),
    noted: new Set(['M-1']),
    direction: 'LR',
  };
}

const header = {
  catalogName: 'sample',
  learner: 'Ana <b>',
  goal: 'Team Lead',
  date: '2025-03-04',
  progressPct: 42,
  done: 3,
  total: 7,
  scope: 'whole' as const,
};

describe('export sheet', () => {
  it('E1: file names say what they are: path-<learner>-<date>.<ext>', () => {
    expect(exportFileName('Ana López', '2025-03-04', 'png')).toBe('path-ana-lopez-2025-03-04.png');
    expect(exportFileName('../../etc', '2025-03-04', 'svg', 'view')).toBe('path-etc-view-2025-03-04.svg');
    expect(exportFileName('', '2025-03-04', 'png')).toBe('path-learner-2025-03-04.png');
  });

  it('E2: the header carries catalog, learner, goal, date and progress; the legend lists roles, statuses and links', () => {
    const legend = legendEntries([{ name: 'Team Lead', color: '#3b82f6' }]);
    const { svg, width, height } = composeSheet(
      header,
      { width: 1200, height: 500, markup: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
      legend,
    );
    for (const text of [
      'Learning path: Ana &lt;b&gt;',
      'Catalog: sample',
      'Goal: Team Lead',
      'Progress: 42% (3 of 7 done)',
      '2025-03-04',
      'LEGEND',
      'Completed',
      'Prerequisite',
      'Team Lead',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain('<b>');
    expect(width).toBe(1264);
    expect(height).toBeGreaterThan(500 + 100);
    expect(svg).toMatch(/<g data-sheet="graph"><svg x="32" y="100"/);
  });

  it('E2b: notes appear under the legend as text, escaped', () => {
    const { svg } = composeSheet(
      header,
      { width: 1000, height: 300, href: 'data:,' },
      [],
      [{ id: 'MOD-1', text: 'Ask <about>\n labs' }],
    );
    expect(svg).toContain('NOTES');
    expect(svg).toContain('MOD-1</tspan>  Ask &lt;about&gt; labs');
    expect(composeSheet(header, { width: 1000, height: 300, href: 'data:,' }, []).svg).not.toContain('NOTES');
  });

  it('E3: a small graph still gives a sheet wide enough to read when pasted (≥ 900 px before 2×)', () => {
    const { width } = composeSheet(
      header,
      { width: 300, height: 120, href: 'data:image/png;base64,AAAA' },
      [],
    );
    expect(width).toBeGreaterThanOrEqual(900);
  });

  it('E4: document text is escaped, control characters dropped', () => {
    expect(xml('<script>"x" & \'y\'\u0007</script>')).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/script&gt;',
    );
  });

  it('E5: progress % follows the toolbar (hours when known, else count); goals are described briefly', () => {
    expect(progressPercent({ done: 1, total: 4, hoursDone: 30, hoursTotal: 40 })).toBe(75);
    expect(progressPercent({ done: 1, total: 4, hoursDone: 0, hoursTotal: 0 })).toBe(25);
    expect(describeGoal(null, (k) => k)).toBe('none chosen');
    expect(
      describeGoal({ type: 'nodes', keys: ['a', 'b', 'c', 'd', 'e', 'f'] }, (k) => k.toUpperCase()),
    ).toBe('A, B, C, D and 2 more');
  });
});

describe('whole-graph SVG', () => {
  it('E6: draws every positioned node and edge, status and note marker included', async () => {
    const input = chain(12);
    const out = await graphSvg(input);
    expect(out.nodes).toBe(12);
    expect(out.edges).toBe(11);
    expect(out.svg.match(/<g data-node=/g)).toHaveLength(12);
    expect(out.svg.match(/<path class="edge edge--prerequisite"/g)).toHaveLength(11);
    expect(out.svg).toContain('data-node="M-0" data-status="completed"');
    expect(out.svg).toContain('✓ Completed');
    expect(out.svg).toContain('Ready to start');
    expect(out.svg.match(/✎/g)).toHaveLength(1);
  });

  it('E7: hostile titles stay text', async () => {
    const input = chain(2);
    input.nodes[1]!.title = '<img src=x onerror=alert(1)>';
    const out = await graphSvg(input);
    expect(out.svg).not.toContain('<img');
    expect(out.svg).toContain('&lt;img');
  });

  it('E8: 2,000 nodes draw in chunks (yielding to the page) and a cancel stops the export', async () => {
    const input = chain(2000);
    let ticks = 0;
    const t0 = performance.now();
    const out = await graphSvg(input, { tick: async () => void ticks++ });
    const ms = performance.now() - t0;
    expect(out.nodes).toBe(2000);
    expect(ticks).toBeGreaterThanOrEqual(15);
    // Each chunk between yields is small: the whole build is well under a second on this machine.
    expect(ms).toBeLessThan(3000);
    const ctrl = new AbortController();
    const outcome = await graphSvg(input, { signal: ctrl.signal, tick: async () => ctrl.abort() }).then(
      () => 'finished',
      (e: Error) => e.message,
    );
    expect(outcome).toBe('Export cancelled');
  });
});
