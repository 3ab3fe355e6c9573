import { describe, expect, it } from 'vitest';
import { burnUp } from '../../src/domain/burnup';
import { indexCatalog } from '../../src/domain/graph';
import { burnUpSvg } from '../../src/export/burnUpChart';
import { aheadBehindText, burnUpSparkline } from '../../src/export/burnUpLines';
import { catalogOf, node } from '../domain/catalog-builder';

const index = indexCatalog(
  catalogOf([node('MOD-1', { hours: 10 }), node('MOD-2', { hours: 20, prerequisites: ['MOD-1'] })]),
);
const data = burnUp(
  index,
  { 'MOD-1': 'completed' },
  { 'MOD-1': [{ status: 'completed', at: '2027-01-12T09:00:00Z' }] },
  { type: 'nodes', keys: ['MOD-2'] },
  { hoursPerWeek: 7, startDate: '2027-01-04' },
  '2027-01-20',
)!;

const pointsOf = (svg: string, line: string) =>
  new RegExp(`data-line="${line}" points="([^"]*)"`)
    .exec(svg)![1]!
    .split(' ')
    .map((p) => p.split(',').map(Number));

describe('burn-up picture', () => {
  it('draws the planned, actual (steps) and projected lines, today, and says ahead/behind', () => {
    const svg = burnUpSvg(data, { title: 'Ana <script>' });
    expect(svg).toContain('Ana &lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('10 of 30 h done · 6 days behind the plan · projected finish 2027-02-08');
    expect(pointsOf(svg, 'planned')).toHaveLength(2);
    // 3 actual points (start, completion, today) drawn as steps: 1 + 2 + 2 vertices.
    const actual = pointsOf(svg, 'actual');
    expect(actual).toHaveLength(5);
    expect(actual[1]![1]).toBe(actual[0]![1]); // flat until the completion day…
    expect(actual[2]![1]).toBeLessThan(actual[1]![1]!); // …then up (SVG y grows downwards)
    const projected = pointsOf(svg, 'projected');
    expect(projected[0]).toEqual(actual.at(-1)); // the projection starts where the actual line ends (today)
    expect(svg).toMatch(/>today</);
    expect(burnUpSparkline(data)).toMatch(/^<svg[^>]+width="96" height="24"/);
  });

  it('BU4 text', () => {
    expect(aheadBehindText(0)).toBe('on plan');
    expect(aheadBehindText(1)).toBe('1 day behind the plan');
    expect(aheadBehindText(-3)).toBe('3 days ahead of the plan');
  });
});
