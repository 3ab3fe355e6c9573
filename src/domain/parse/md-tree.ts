// Markdown source -> the small mdast-like tree markdown.ts walks. markdown-it (CommonMark, GFM tables)
// tokenizes; this module turns its flat token stream into nested nodes with 1-based start lines.
// It is the only place that knows the parser, so swapping parsers touches this file alone.
import MarkdownIt from 'markdown-it';
import type { StateBlock, Token } from 'markdown-it';

interface At {
  /** 1-based line the node starts on (null when the parser gives none). */
  line: number | null;
}
export type MdInline =
  | { type: 'text' | 'inlineCode' | 'html'; value: string }
  | { type: 'break' | 'image' }
  | { type: 'emphasis' | 'strong' | 'link'; children: MdInline[] };
export type MdTableCell = At & { type: 'tableCell'; children: MdInline[] };
export type MdTableRow = At & { type: 'tableRow'; children: MdTableCell[] };
export type MdTableNode = At & { type: 'table'; children: MdTableRow[] };
export type MdParagraph = At & { type: 'paragraph'; children: MdInline[] };
export type MdListItem = At & { type: 'listItem'; children: MdBlock[] };
export type MdBlock =
  | MdParagraph
  | MdTableNode
  | (At & { type: 'heading'; depth: number; children: MdInline[] })
  | (At & { type: 'list'; children: MdListItem[] })
  | (At & { type: 'blockquote'; children: MdBlock[] })
  | (At & { type: 'code' | 'html'; value: string })
  | (At & { type: 'thematicBreak' | 'definition' });
export type MdRoot = { type: 'root'; children: MdBlock[] };
export type MdAnyNode = MdRoot | MdBlock | MdListItem | MdTableRow | MdTableCell | MdInline;

// CommonMark with tables only (no strikethrough, linkify or typography); raw HTML kept as html nodes.
const md = new MarkdownIt('commonmark', { html: true, maxNesting: 200 }).enable('table');
// Link targets are never used, so no link is refused for its scheme, and autolink text stays as written.
md.validateLink = () => true;
md.normalizeLinkText = (url) => url;

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
function wrapBlockRule(name: string, wrap: (rule: BlockRule) => BlockRule): void {
  const rule = md.block.ruler.__rules__[md.block.ruler.__find__(name)];
  if (!rule) throw new Error(`markdown-it has no block rule ${name}`);
  md.block.ruler.at(name, wrap(rule.fn), { alt: rule.alt });
}
// GFM keeps a body row's cells as written (one cell for a line without pipes, extra cells kept);
// markdown-it pads or cuts every row to the header's width, so rows are rebuilt from their line.
wrapBlockRule('table', (rule) => (state, startLine, endLine, silent) => {
  const from = state.tokens.length;
  if (!rule(state, startLine, endLine, silent)) return false;
  if (silent) return true;
  const tokens = state.tokens;
  for (let i = from; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.type !== 'tr_open' || !open.map || open.map[0] < startLine + 2) continue;
    let close = i + 1;
    while ((tokens[close] as Token).type !== 'tr_close') close++;
    const line = open.map[0];
    const cells: Token[] = [];
    for (const content of rowCells(
      state.src.slice((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), state.eMarks[line]),
    )) {
      const td = new state.Token('td_open', 'td', 1);
      const inline = new state.Token('inline', '', 0);
      const tdClose = new state.Token('td_close', 'td', -1);
      td.level = tdClose.level = open.level + 1;
      inline.level = open.level + 2;
      inline.content = content;
      inline.map = open.map;
      inline.children = [];
      td.block = tdClose.block = inline.block = true;
      cells.push(td, inline, tdClose);
    }
    tokens.splice(i + 1, close - i - 1, ...cells);
    i += cells.length + 1;
  }
  return true;
});
// Link reference definitions leave no token in markdown-it; mdast keeps a (textless) node for them.
wrapBlockRule('reference', (rule) => (state, startLine, endLine, silent) => {
  if (!rule(state, startLine, endLine, silent)) return false;
  if (!silent) state.push('definition', '', 0).map = [startLine, state.line];
  return true;
});

// mdast keeps a code span's line endings; markdown-it turns them into spaces, so the raw span is kept.
const backticks = md.inline.ruler.__rules__[md.inline.ruler.__find__('backticks')];
if (!backticks) throw new Error('markdown-it has no inline rule backticks');
const backtickRule = backticks.fn;
md.inline.ruler.at('backticks', (state, silent) => {
  const start = state.pos;
  const count = state.tokens.length;
  if (!backtickRule(state, silent)) return false;
  // Pending text may be flushed as a token first, so the span is the last token.
  const token = state.tokens.length > count ? state.tokens[state.tokens.length - 1] : undefined;
  if (!silent && token?.type === 'code_inline') {
    const raw = state.src.slice(start + token.markup.length, state.pos - token.markup.length);
    const spaced = raw.replace(/\n/g, ' ');
    token.content =
      spaced.startsWith(' ') && spaced.endsWith(' ') && /[^ ]/.test(spaced) ? raw.slice(1, -1) : raw;
  }
  return true;
});

/** Cells of a table row line: split at pipes not preceded by a backslash, outer pipes dropped. */
function rowCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  let last = 0;
  for (let pos = 0; pos < row.length; pos++) {
    if (row.charCodeAt(pos) !== 0x7c) continue;
    if (row.charCodeAt(pos - 1) === 0x5c) {
      current += row.slice(last, pos - 1);
      last = pos;
    } else {
      cells.push(current + row.slice(last, pos));
      current = '';
      last = pos + 1;
    }
  }
  cells.push(current + row.slice(last));
  const text = cells.map((c) => c.trim());
  if (text[0] === '') text.shift();
  if (text.length && text[text.length - 1] === '') text.pop();
  return text;
}

type Parent = { children: unknown[] };

export function parseTree(text: string): MdRoot {
  const root: MdRoot = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  // markdown-it turns \r\n and \r into \n; mdast keeps each line ending as written in the text.
  const ends = text.includes('\r') ? text.match(/\r\n|\r|\n/g) : null;
  let lines = 0;
  for (const t of md.parse(text, {})) {
    const parent = stack[stack.length - 1] as Parent;
    if (t.nesting === -1) {
      if (!SKIP.has(t.type)) stack.pop();
      continue;
    }
    const line = t.map ? t.map[0] + 1 : null;
    if (t.type === 'inline') {
      parent.children.push(
        ...inlineNodes(t.children ?? [], ends && t.map ? { ends, first: t.map[0], lines } : null),
      );
      continue;
    }
    // Source lines of the inline content that follows: a setext heading's underline is not one.
    if (t.map)
      lines =
        t.map[1] - t.map[0] - (t.type === 'heading_open' && (t.markup === '=' || t.markup === '-') ? 1 : 0);
    const node = blockNode(t, line);
    if (node === null) continue;
    parent.children.push(node);
    if (t.nesting === 1) stack.push(node as Parent);
  }
  return root;
}

const SKIP = new Set(['thead_open', 'thead_close', 'tbody_open', 'tbody_close']);

// Opening tokens of nodes that only hold children.
const PARENT_TYPE = new Map<
  string,
  'paragraph' | 'list' | 'listItem' | 'blockquote' | 'table' | 'tableRow' | 'tableCell'
>([
  ['paragraph_open', 'paragraph'],
  ['bullet_list_open', 'list'],
  ['ordered_list_open', 'list'],
  ['list_item_open', 'listItem'],
  ['blockquote_open', 'blockquote'],
  ['table_open', 'table'],
  ['tr_open', 'tableRow'],
  ['th_open', 'tableCell'],
  ['td_open', 'tableCell'],
]);

function blockNode(t: Token, line: number | null): MdAnyNode | null {
  const parentType = PARENT_TYPE.get(t.type);
  if (parentType) return { type: parentType, children: [], line } as MdAnyNode;
  switch (t.type) {
    case 'heading_open':
      return { type: 'heading', depth: Number(t.tag.slice(1)), children: [], line };
    case 'fence':
    case 'code_block':
      return { type: 'code', value: t.content.replace(/\n$/, ''), line };
    case 'html_block':
      return { type: 'html', value: t.content.replace(/\n$/, ''), line };
    case 'hr':
      return { type: 'thematicBreak', line };
    case 'definition':
      return { type: 'definition', line };
    default:
      return null;
  }
}

function inlineNodes(
  tokens: Token[],
  raw: { ends: string[]; first: number; lines: number } | null,
): MdInline[] {
  const root: MdInline[] = [];
  const stack: MdInline[][] = [root];
  // Each break (and each line ending inside a code span or inline HTML) ends one source line when
  // their count says so; each then keeps that line's own ending, except a hard break (mdast drops it).
  let breaks = 0;
  if (raw) {
    for (const t of tokens) {
      if (t.type === 'softbreak' || t.type === 'hardbreak') breaks++;
      else if (t.type === 'code_inline' || t.type === 'html_inline')
        breaks += t.content.split('\n').length - 1;
    }
  }
  const ends = raw && breaks === raw.lines - 1 ? raw.ends.slice(raw.first, raw.first + breaks) : null;
  let k = 0;
  const withEnds = (value: string) => (ends ? value.replace(/\n/g, () => ends[k++] ?? '\n') : value);
  for (const t of tokens) {
    const out = stack[stack.length - 1] as MdInline[];
    switch (t.type) {
      case 'text':
        if (t.content) out.push({ type: 'text', value: t.content });
        break;
      case 'softbreak':
        out.push({ type: 'text', value: ends?.[k++] ?? '\n' });
        break;
      case 'hardbreak':
        k++;
        out.push({ type: 'break' });
        break;
      case 'code_inline':
        out.push({ type: 'inlineCode', value: withEnds(t.content) });
        break;
      case 'html_inline':
        out.push({ type: 'html', value: withEnds(t.content) });
        break;
      case 'image':
        out.push({ type: 'image' });
        break;
      case 'em_open':
      case 'strong_open':
      case 'link_open': {
        const node: MdInline = {
          type: t.type === 'em_open' ? 'emphasis' : t.type === 'strong_open' ? 'strong' : 'link',
          children: [],
        };
        out.push(node);
        stack.push(node.children);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      default:
        if (t.content) out.push({ type: 'text', value: t.content });
    }
  }
  return root;
}
