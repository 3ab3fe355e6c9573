import { describe, expect, it } from 'vitest';
import { burnUp } from '../../src/domain/burnup';
import { indexCatalog } from '../../src/domain/graph';
import { burnUpPicture, burnUpSvg } from '../../src/export/burnUpChart';
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

/** The text of every <text> element, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('burn-up picture', () => {
  it('draws the planned, actual (steps) and projected lines, today, and says ahead/behind', () => {
    const svg = burnUpSvg(data, { title: 'Ana <script>' });
    expect(svg).toContain('Ana &lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(texts(svg).join(' · ')).toContain(
      '10 of 30 h done · 6 days behind the plan · projected finish 2027-02-08 · planned 2027-02-02',
    );
    expect(pointsOf(svg, 'planned')).toHaveLength(2);
    // 3 actual points (start, completion, today) drawn as steps: 1 + 2 + 2 vertices.
    const actual = pointsOf(svg, 'actual');
    expect(actual).toHaveLength(5);
    expect(actual[1]![1]).toBe(actual[0]![1]); // flat until the completion day…
    expect(actual[2]![1]).toBeLessThan(actual[1]![1]!); // …then up (SVG y grows downwards)
    const projected = pointsOf(svg, 'projected');
    expect(projected[0]).toEqual(actual.at(-1)); // the projection starts where the actual line ends (today)
    expect(svg).toMatch(/>today</);
    // Beside a caption saying the same (the plan panel), the plot and legend alone.
    expect(texts(burnUpSvg(data, { summary: false })).join(' ')).not.toMatch(
      /h done|behind|projected finish/,
    );
    expect(burnUpSparkline(data)).toMatch(/^<svg[^>]+width="96" height="24"/);
  });

  it('BU4 text', () => {
    expect(aheadBehindText({ behindDays: 0, hoursLeft: 5 })).toBe('on plan');
    expect(aheadBehindText({ behindDays: 1, hoursLeft: 5 })).toBe('1 day behind the plan');
    expect(aheadBehindText({ behindDays: -3, hoursLeft: 5 })).toBe('3 days ahead of the plan');
  });

  it('BU4 once everything is done: the goal is reached, early or late — never "behind"', () => {
    expect(aheadBehindText({ behindDays: 29, hoursLeft: 0 })).toBe('goal reached 29 days after the plan');
    expect(aheadBehindText({ behindDays: -2, hoursLeft: 0 })).toBe('goal reached 2 days ahead of the plan');
    expect(aheadBehindText({ behindDays: 0, hoursLeft: 0 })).toBe('goal reached on plan');
  });

  it('is laid out for the width it is shown at: at 320 px the summary and legend wrap, text stays 12 px and inside', () => {
    const wide = burnUpPicture(data, { title: 'Ana — Platform Engineer' });
    const narrow = burnUpPicture(data, { width: 320, title: 'Ana — Platform Engineer' });
    expect(wide.width).toBe(640);
    expect(narrow.svg).toMatch(/^<svg[^>]+width="320" height="\d+"[^>]+font-size="12"/);
    expect(narrow.height).toBeGreaterThan(wide.height * 0.6);
    const legendY = (svg: string) =>
      new Set(
        [
          ...svg.matchAll(/<text x="[\d.]+" y="(\d+)" fill="#6b7280">(?:planned at|done \(|projected at)/g),
        ].map((m) => m[1]),
      );
    expect(legendY(wide.svg).size).toBe(1);
    expect(legendY(narrow.svg).size).toBeGreaterThan(1);
    // Every left-aligned text fits the picture at 0.6 em a glyph (DejaVu Sans, what Chromium on Linux draws).
    for (const m of narrow.svg.matchAll(/<text x="([\d.]+)"(?![^>]*text-anchor)[^>]*>([^<]*)<\/text>/g))
      expect(Number(m[1]) + m[2]!.length * 12 * 0.6, m[2]).toBeLessThanOrEqual(320);
    for (const size of narrow.svg.matchAll(/font-size="(\d+)"/g))
      expect(Number(size[1])).toBeGreaterThanOrEqual(12);
  });

  it('month ticks stay at least 64 px apart and name the year on the first and on January', () => {
    const long = burnUp(
      index,
      {},
      {},
      { type: 'nodes', keys: ['MOD-2'] },
      { hoursPerWeek: 1, startDate: '2027-01-04' },
      '2027-01-20',
    )!;
    for (const width of [320, 640]) {
      const svg = burnUpSvg(long, { width });
      const ticks = [
        ...svg.matchAll(/<line x1="([\d.]+)" y1="(\d+)" x2="\1" y2="(\d+)" stroke="#6b7280"\/>/g),
      ]
        .filter((m) => Number(m[3]) - Number(m[2]) === 4)
        .map((m) => Number(m[1]));
      expect(ticks.length).toBeGreaterThan(1);
      ticks.slice(1).forEach((x, i) => expect(x - ticks[i]!).toBeGreaterThanOrEqual(64));
    }
    const labels = texts(burnUpSvg(long, { width: 640 })).filter((t) => /^[A-Z][a-z]{2}( \d{4})?$/.test(t));
    expect(labels[0]).toMatch(/^[A-Z][a-z]{2} 2027$/);
    expect(labels.filter((t) => t.startsWith('Jan'))).toEqual(
      labels.filter((t) => t.startsWith('Jan') && / \d{4}$/.test(t)),
    );
  });
});
