// The Markdown tree adapter reads like mdast where the documents can tell the difference.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/domain/parse/markdown';
import { parseTree } from '../../src/domain/parse/md-tree';

describe('Markdown tree', () => {
  it('keeps table body rows as written: a line without pipes is one cell, extra cells stay', () => {
    const md = parseMarkdown(
      '## Plan\n\n| Phase | Hours |\n|---|---|\n| Build | 6h | extra |\nreview sign-off\n| Launch | 2h |\n',
    );
    const table = md.sections[0]?.tables[0];
    expect(table?.header).toEqual(['Phase', 'Hours']);
    expect(table?.cells).toEqual([
      { values: ['Build', '6h', 'extra'], line: 5 },
      { values: ['review sign-off'], line: 6 },
      { values: ['Launch', '2h'], line: 7 },
    ]);
    expect(md.sections[0]?.lines.map((l) => l.text)).toEqual([
      'Build | 6h | extra',
      'review sign-off',
      'Launch | 2h',
    ]);
  });

  it('gives headings their depth and every block its 1-based start line', () => {
    const tree = parseTree('# Title\n\nSetext\n===\n\n- a\n- b\n\n> q\n\n```\ncode\n```\n');
    expect(tree.children.map((n) => [n.type, n.line, 'depth' in n ? n.depth : null])).toEqual([
      ['heading', 1, 1],
      ['heading', 3, 1],
      ['list', 6, null],
      ['blockquote', 9, null],
      ['code', 11, null],
    ]);
    expect(tree.children[4]).toMatchObject({ type: 'code', value: 'code' });
  });

  it('keeps each soft line ending as written (CRLF, CR), also inside code spans', () => {
    const tree = parseTree('a\r\nb `c\rd` e\n');
    expect(tree.children[0]).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'a' },
        { type: 'text', value: '\r\n' },
        { type: 'text', value: 'b ' },
        { type: 'inlineCode', value: 'c\rd' },
        { type: 'text', value: ' e' },
      ],
    });
  });

  it('keeps link text whatever the target, and autolinks as written', () => {
    const md = parseMarkdown('[click](javascript:alert(1)) <http://a.b/%20c> ![alt](x.png)\n');
    expect(md.sections[0]?.lines).toEqual([{ text: 'click http://a.b/%20c', line: 1 }]);
  });

  it('a link reference definition opens the document body, so a later quote is not the summary', () => {
    expect(parseMarkdown('[ref]: http://x\n\n> quoted\n').summary).toBeNull();
    expect(parseMarkdown('> quoted\n').summary).toBe('quoted');
  });
});
