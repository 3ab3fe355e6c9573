import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { MAX_LINE_LENGTH, MAX_TEXT_LENGTH, MAX_CATALOG_TEXT_LENGTH } from '../../src/domain/parse/guard';
import type { SourceDocument } from '../../src/domain/types';
import { fixture, fixtures } from '../fixtures/docs/load';

const good = fixture('roadmap-mod-301.md');

/** One bad document beside a good one: the good one loads, the bad one gets exactly one diagnostic of `code`. */
function expectOneDiagnostic(bad: SourceDocument, code: string, line: unknown = null) {
  const started = performance.now();
  const catalog = buildCatalog([bad, good]);
  expect(performance.now() - started).toBeLessThan(15_000);
  const about = catalog.diagnostics.filter((d) => d.file === bad.path);
  expect(about).toEqual([expect.objectContaining({ code, file: bad.path, line })]);
  expect(catalog.nodes.find((n) => n.key === 'MOD-301')?.title).toBe('Cloud Foundations');
}

describe('R13: bad input gives one diagnostic naming the file and never throws', () => {
  it('R13: an empty file', () => expectOneDiagnostic(fixture('empty.md'), 'empty-file'));
  it('R13: a whitespace-only file', () =>
    expectOneDiagnostic({ path: 'blank.txt', text: ' \n\t\r\n' }, 'empty-file'));
  it('R13: a binary file (NUL bytes)', () => expectOneDiagnostic(fixture('image.txt'), 'binary-file'));
  it('R13: invalid UTF-8 decoded to replacement characters', () =>
    expectOneDiagnostic(
      {
        path: 'latin.bin',
        text: '\uFFFD\uFFFDab\uFFFD\uFFFD\uFFFDc\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD'.repeat(20),
      },
      'binary-file',
    ));
  it('R13: an unrelated README', () => expectOneDiagnostic(fixture('unrelated-readme.md'), 'not-curriculum'));
  it('R13: an unrelated package.json', () =>
    expectOneDiagnostic(fixture('unrelated-package.json'), 'not-curriculum'));
  it('R13: a truncated master plan (line of the error)', () =>
    expectOneDiagnostic(fixture('truncated-master-plan.yaml'), 'yaml-error', expect.any(Number)));
  it('R13: a YAML alias bomb', () => expectOneDiagnostic(fixture('alias-bomb.yaml'), 'yaml-error'));
  it('R13: a truncated catalog JSON', () =>
    expectOneDiagnostic(
      { path: 'cut.json', text: '{"nodes": [{"key": "MOD-1", "id": "MOD-1"' },
      'bad-file',
      1,
    ));
  it('R13: an oversized text', () =>
    expectOneDiagnostic({ path: 'huge.md', text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, 'too-large'));
  it('R13: a built catalog JSON may exceed the document limit (up to 16 MB), and is refused above it', () => {
    const node = { key: 'MOD-1', id: 'MOD-1', kind: 'module', title: 'Big', roles: [], hours: 1 };
    const pad = 'p'.repeat(MAX_TEXT_LENGTH);
    const big = JSON.stringify({ nodes: [{ ...node, outline: pad }], edges: [], diagnostics: [] });
    expect(big.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    const loaded = buildCatalog([{ path: 'big.json', text: big }]);
    expect(loaded.diagnostics.filter((d) => d.code === 'too-large')).toEqual([]);
    expect(loaded.nodes.map((n) => n.key)).toEqual(['MOD-1']);
    expectOneDiagnostic(
      { path: 'huger.json', text: `{"nodes":[],"x":"${'p'.repeat(MAX_CATALOG_TEXT_LENGTH)}"}` },
      'too-large',
    );
  });

  it('R13: a gigantic single line is cut, reported with its line, and the rest still parses', () => {
    const text = good.text.replace(
      '## Learning Objectives',
      `## Learning Objectives\n\n${'y'.repeat(1_500_000)}\n`,
    );
    const catalog = buildCatalog([{ path: 'long.md', text }]);
    expect(catalog.diagnostics.filter((d) => d.code !== 'unknown-level')).toEqual([
      expect.objectContaining({ code: 'long-line', file: 'long.md', line: 20 }),
    ]);
    expect(catalog.nodes.find((n) => n.id === 'MOD-301')?.objectives[0]).toHaveLength(MAX_LINE_LENGTH);
  });

  it('R13/R42: a gigantic line of an unrelated file gives one not-curriculum diagnostic', () => {
    const catalog = buildCatalog([{ path: 'line.txt', text: 'z'.repeat(1_900_000) }]);
    expect(catalog.diagnostics.filter((d) => d.code !== 'long-line')).toEqual([
      expect.objectContaining({ code: 'not-curriculum', severity: 'info', file: 'line.txt' }),
    ]);
  });

  it('R13: deeply nested lists and block quotes neither throw nor stall', () => {
    const nested = Array.from({ length: 1500 }, (_, i) => `${'  '.repeat(i % 400)}- level ${i}`).join('\n');
    const quotes = '>'.repeat(5000) + ' deep';
    const text = `# Module Roadmap\n\n- **Module ID**: MOD-77\n- **Module Title**: Deep\n\n## Notes\n\n${nested}\n\n${quotes}\n`;
    const started = performance.now();
    const catalog = buildCatalog([{ path: 'deep.md', text }]);
    // Unflattened, this input took over 80 s; the bound is loose for a busy CI machine.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(catalog.nodes.map((n) => n.id)).toEqual(['MOD-77']);
    expect(catalog.diagnostics).toEqual([expect.objectContaining({ code: 'deep-nesting', file: 'deep.md' })]);
  });

  it('R13: garbage arguments give diagnostics, not exceptions', () => {
    const weird = [{ path: 'n.md', text: null }, { text: 'x' }, null] as unknown as SourceDocument[];
    const catalog = buildCatalog(weird);
    expect(catalog.nodes).toEqual([]);
    expect(catalog.diagnostics).toHaveLength(3);
    expect(buildCatalog(undefined as unknown as SourceDocument[])).toEqual({
      nodes: [],
      edges: [],
      diagnostics: [],
    });
  });

  it('R13: every bad fixture is named, and the good fixtures beside them all load', () => {
    const bad = [
      'empty.md',
      'image.txt',
      'unrelated-readme.md',
      'unrelated-package.json',
      'truncated-master-plan.yaml',
      'alias-bomb.yaml',
    ];
    const catalog = buildCatalog(
      fixtures(...bad, 'roadmap-mod-301.md', 'project-plan-proj-31.md', 'master-plan-flat.yaml'),
    );
    // R42: files that are not curriculum documents (empty, binary, unrelated) are named as info; a curriculum
    // document that could not be read (the YAML) is an error.
    const skipped = ['empty.md', 'image.txt', 'unrelated-readme.md', 'unrelated-package.json'];
    for (const file of bad)
      expect(
        catalog.diagnostics.some(
          (d) => d.file === file && d.severity === (skipped.includes(file) ? 'info' : 'error'),
        ),
      ).toBe(true);
    expect(catalog.nodes.filter((n) => n.kind !== 'placeholder').map((n) => n.id)).toEqual([
      'MOD-301',
      'MOD-401',
      'PROJ-31',
      'PROJ-41',
    ]);
  });
});
