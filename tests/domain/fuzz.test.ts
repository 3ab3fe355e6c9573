// Issue 7 (parser side): mutate the seeds and the fixtures thousands of times; buildCatalog never
// throws, always answers, and every document that loads nothing is named in a diagnostic.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import type { SourceDocument } from '../../src/domain/types';
import { FIXTURE_DIR } from '../fixtures/docs/load';

const SEED_DIR = join(FIXTURE_DIR, '../../../src/seeds');
const seeds: SourceDocument[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ path: `seeds/${f}`, text: readFileSync(join(SEED_DIR, f), 'utf8') }));
const texts: SourceDocument[] = readdirSync(FIXTURE_DIR)
  .filter((f) => /\.(md|yaml|json)$/.test(f))
  .map((f) => ({ path: f, text: readFileSync(join(FIXTURE_DIR, f), 'utf8') }));
const corpus = [...seeds, ...texts];

const JUNK = [
  '\u0000',
  '\uFFFD',
  '|',
  '**',
  '- ',
  '# ',
  '---',
  ': ',
  '&a',
  '*a',
  '{',
  '[',
  '\r\n',
  '\t',
  'MOD-',
  '–',
  '>',
  '`',
  '<script>',
  '\uFEFF',
];

type Mutation = (t: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // byte flip: replace one character with any code unit
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0xffff })).map(([at, code]): Mutation => (t) => {
    const i = t.length ? at % t.length : 0;
    return t.slice(0, i) + String.fromCharCode(code) + t.slice(i + 1);
  }),
  // truncation
  fc.nat().map(
    (at): Mutation =>
      (t) =>
        t.slice(0, t.length ? at % t.length : 0),
  ),
  // inserted junk
  fc
    .tuple(fc.nat(), fc.constantFrom(...JUNK), fc.integer({ min: 1, max: 40 }))
    .map(([at, junk, n]): Mutation => (t) => {
      const i = t.length ? at % t.length : 0;
      return t.slice(0, i) + junk.repeat(n) + t.slice(i);
    }),
  // line shuffle: swap two lines
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (t) => {
    const lines = t.split('\n');
    if (lines.length < 2) return t;
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    return lines.join('\n');
  }),
  // drop a line
  fc.nat().map((a): Mutation => (t) => {
    const lines = t.split('\n');
    lines.splice(a % Math.max(lines.length, 1), 1);
    return lines.join('\n');
  }),
);

const mutatedDoc = fc
  .tuple(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([doc, ms]) => ({ path: doc.path, text: ms.reduce((t, m) => m(t), doc.text) }));

function checkTotal(docs: SourceDocument[]) {
  const catalog = buildCatalog(docs);
  expect(Array.isArray(catalog.nodes)).toBe(true);
  const keys = new Set(catalog.nodes.map((n) => n.key));
  expect(keys.size).toBe(catalog.nodes.length);
  for (const e of catalog.edges) {
    expect(keys.has(e.from) && keys.has(e.to)).toBe(true);
  }
  // Every document that contributed no node was skipped: it must be named in a diagnostic.
  for (const doc of docs) {
    const used = catalog.nodes.some((n) => n.sources.includes(doc.path));
    if (!used) expect(catalog.diagnostics.some((d) => d.file === doc.path)).toBe(true);
  }
  expect(() => JSON.stringify(catalog)).not.toThrow();
  return catalog;
}

// Each run parses real Markdown; the counts keep the file near 10 s on a quiet 2-core machine.
const TIMEOUT = 60_000;

describe('fuzz: mutated documents', () => {
  it(
    'R13: buildCatalog never throws on one mutated document and names what it skipped',
    () => {
      fc.assert(
        fc.property(mutatedDoc, (doc) => {
          checkTotal([doc]);
        }),
        { numRuns: 700, seed: 20251122 },
      );
    },
    TIMEOUT,
  );

  it(
    'R13: a mix of mutated documents still loads the untouched ones',
    () => {
      fc.assert(
        fc.property(fc.array(mutatedDoc, { minLength: 1, maxLength: 4 }), (docs) => {
          const named = docs.map((d, i) => ({ ...d, path: `mutated-${i}-${d.path}` }));
          const good = seeds[0] as SourceDocument;
          const catalog = checkTotal([...named, good]);
          expect(catalog.nodes.some((n) => n.sources.includes(good.path))).toBe(true);
        }),
        { numRuns: 150, seed: 7 },
      );
    },
    TIMEOUT,
  );

  it(
    'R13: arbitrary strings never throw',
    () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.constantFrom('# Module Roadmap\n', '# Project Plan\n', 'role: x\nmodules:\n', '{"nodes":', ''),
          (junk, head) => {
            void checkTotal([{ path: 'junk.md', text: head + junk }]);
          },
        ),
        { numRuns: 1000, seed: 42 },
      );
    },
    TIMEOUT,
  );
});
