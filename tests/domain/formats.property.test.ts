// Property tests for the template syntaxes (R30, R32, R36): random label order and joiners, random
// alternatives and duration parts never throw and read the same as the plain forms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { extractPrerequisites } from '../../src/domain/ids';
import { parseDuration } from '../../src/domain/parse/values';

const LABELS = {
  id: ['Module ID', 'MOD-612'],
  title: ['Module Title', 'Forecasting Basics'],
  roles: ['Target Role(s)', 'Data Analyst'],
  duration: ['Duration', '12 hours'],
  prerequisites: ['Prerequisites', 'MOD-611'],
  next: ['Next Module(s)', 'MOD-613'],
} as const;
const plainDoc = () =>
  ['# Module Roadmap', '', ...Object.values(LABELS).map(([l, v]) => `- **${l}**: ${v}`), ''].join('\n');
const fields = (text: string) => {
  const node = buildCatalog([{ path: 'm.md', text }]).nodes.find((n) => n.id === 'MOD-612');
  return node && [node.title, node.roles, node.hours, node.prerequisites, node.next];
};

describe('property: labels joined on one line (R32)', () => {
  it('R32: any order, any joiner, bold colon inside or outside: the same fields as one label per line', () => {
    const expected = fields(plainDoc());
    fc.assert(
      fc.property(
        fc.shuffledSubarray(Object.values(LABELS), { minLength: 6, maxLength: 6 }),
        fc.array(fc.constantFrom(' | ', ' · ', ' • ', '  |  '), { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        (pairs, joiners, colonInside, lines) => {
          const written = pairs.map(([l, v]) => (colonInside ? `**${l}:** ${v}` : `**${l}**: ${v}`));
          // Split into up to `lines` lines: line breaks may fall anywhere between pairs.
          let body = '';
          written.forEach((w, i) => {
            body += w;
            if (i < written.length - 1) body += i % lines === lines - 1 ? '\n\n' : joiners[i];
          });
          expect(fields(`# Forecasting\n\n${body}\n`)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('property: alternatives (R30)', () => {
  const id = fc.integer({ min: 100, max: 999 }).map((n) => `MOD-${n}`);
  it('R30: every phrasing of an any-of group gives the same group; required ids stay alone', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 2, maxLength: 5 }),
        fc.uniqueArray(id, { maxLength: 3 }),
        (alts, required) => {
          const group = alts.filter((a) => !required.includes(a));
          fc.pre(group.length >= 2);
          const last = group[group.length - 1];
          const head = group.slice(0, -1);
          const phrasings = [
            `one of ${group.join(', ')}`,
            `any of ${group.join(', ')}`,
            `Any one of the following: ${group.join(', ')}`,
            `${head.join(', ')} or ${last}`,
            ...(group.length === 2
              ? [`either ${group[0]} or ${group[1]}`, `${group[0]} or ${group[1]} (either)`]
              : []),
          ];
          for (const phrase of phrasings) {
            const text = [phrase, ...required].join('; ');
            const read = extractPrerequisites(text);
            expect(read.ids.sort()).toEqual([...group, ...required].sort());
            expect(read.groups).toContainEqual(group);
            for (const r of required) expect(read.groups).toContainEqual([r]);
            expect(read.groups.flat().sort()).toEqual([...group, ...required].sort());
          }
        },
      ),
      { numRuns: 200 },
    );
  });
  it('R30: arbitrary text never throws and groups only ids it found', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const read = extractPrerequisites(`${text} or MOD-1, one of ${text}`);
        for (const g of read.groups) for (const x of g) expect(read.ids).toContain(x);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: durations (R36)', () => {
  const part = fc.record({
    name: fc.constantFrom('Lecture', 'Labs', 'Assessments', 'Build', 'Review', 'Project work'),
    hours: fc.integer({ min: 1, max: 60 }),
  });
  it('R36: joined named parts in any style sum like the plain breakdown', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(part, { minLength: 2, maxLength: 5, selector: (p) => p.name }),
        fc.constantFrom(' | ', ' · ', ' • ', ' + '),
        fc.constantFrom(' ⏱ ', ': ', ' ', ' — '),
        fc.constantFrom('hours', 'h', 'hrs'),
        (parts, joiner, sep, unit) => {
          const total = parts.reduce((a, p) => a + p.hours, 0);
          const written = parts.map((p) => `${p.name}${sep}${p.hours} ${unit}`).join(joiner);
          const plain = parseDuration(
            `${total} hours (${parts.map((p) => `${p.hours} ${p.name}`).join(', ')})`,
          );
          const read = parseDuration(written);
          expect(read.hours).toBe(total);
          expect(read.breakdown).toEqual(plain.breakdown);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('R36: a range plans with its upper end; any text never throws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom('–', '-', ' to '),
        (a, d, dash) => {
          expect(parseDuration(`${a}${dash}${a + d} hours`)).toMatchObject({
            hours: a + d,
            range: { min: a, max: a + d },
          });
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => void parseDuration(text)),
      { numRuns: 300 },
    );
  });
});
