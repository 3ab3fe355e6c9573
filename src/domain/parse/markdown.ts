// One pass over the Markdown AST: title, summary, `Label: value` fields, sections with their
// lines and tables. Every text is plain text (never HTML); nesting is walked with a depth cap.
import {
  parseTree,
  type MdAnyNode,
  type MdBlock,
  type MdInline,
  type MdParagraph,
  type MdTableNode,
} from './md-tree';
import { fieldOf } from './sections';

export interface Located {
  text: string;
  line: number | null;
}
export interface MdField {
  /** Label as written, without bold markers or colon. */
  label: string;
  value: string;
  line: number | null;
  /** Index of the section the label is in (-1 before the first section). */
  section: number;
}
export interface MdTable {
  header: string[];
  cells: { values: string[]; line: number | null }[];
}
export interface MdSection {
  heading: string;
  line: number | null;
  lines: Located[];
  tables: MdTable[];
}
/** Deeper indentation or more container markers than these are flattened before parsing. */
export const MAX_INDENT = 24;
export const MAX_CONTAINERS = 12;
const CONTAINER = /^[ \t]*(?:[>*+-]|\d{1,9}[.)])(?=[ \t]|$)/;
// Whole-text tests that hold for every line the loop below would change (and sometimes for more):
// more than 24 columns of indent needs 7+ blanks; too many containers needs 13 markers in a row.
const FENCE = /^[ \t]*(?:(?:[>*+-]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t]*(?:(?:[>*+-]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})[ \t]*$/;
const MAYBE_DEEP_INDENT = /^[ \t]{7,}/m;
const MAYBE_DEEP_CONTAINERS = new RegExp(`^(?:${CONTAINER.source.slice(1)}){${MAX_CONTAINERS + 1}}`, 'm');

/**
 * The Markdown parser's cost grows with nesting depth on every line, so hostile nesting
 * (thousands of levels) is flattened first; real curricula nest three or four levels.
 */
export function flattenDeepNesting(text: string): { text: string; flattened: number } {
  if (!MAYBE_DEEP_INDENT.test(text) && !MAYBE_DEEP_CONTAINERS.test(text)) return { text, flattened: 0 };
  let flattened = 0;
  const lines = text.split(/\r?\n|\r/);
  // R40: a fenced code block (an ASCII diagram) is text, not nesting: its lines are never flattened.
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && FENCE_CLOSE.test(line))
        fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    let changed = false;
    if (indent.replace(/\t/g, '    ').length > MAX_INDENT) {
      line = ' '.repeat(MAX_INDENT) + line.slice(indent.length);
      changed = true;
    }
    let rest = line;
    let prefix = '';
    for (let n = 0; n <= MAX_CONTAINERS; n++) {
      const m = CONTAINER.exec(rest);
      if (!m) break;
      if (n === MAX_CONTAINERS) {
        while (CONTAINER.test(rest)) rest = rest.replace(CONTAINER, '');
        line = prefix + rest;
        changed = true;
        break;
      }
      prefix += m[0];
      rest = rest.slice(m[0].length);
    }
    if (changed) {
      lines[i] = line;
      flattened++;
    }
  }
  return { text: flattened ? lines.join('\n') : text, flattened };
}

export interface MarkdownDoc {
  /** Lines whose nesting was flattened (hostile input). */
  flattened: number;
  title: string | null;
  summary: string | null;
  /** Every `Label: value` in document order (list items, paragraph lines, two-column tables). */
  fields: MdField[];
  /** Sections after the title, in order; a subheading opens its own section with `parent` set. */
  sections: (MdSection & { depth: number; parent: string | null })[];
}

const MAX_DEPTH = 40;

export function parseMarkdown(text: string): MarkdownDoc {
  const safe = flattenDeepNesting(text);
  const tree = parseTree(safe.text);
  const doc: MarkdownDoc = {
    flattened: safe.flattened,
    title: null,
    summary: null,
    fields: [],
    sections: [],
  };
  const stack: { depth: number; heading: string }[] = [];
  let current: (MdSection & { depth: number; parent: string | null }) | null = null;

  for (const node of tree.children) {
    const line = node.line;
    if (node.type === 'heading') {
      const heading = plainText(node).trim();
      // The document title is the first heading when it is a top heading or names the kind.
      if (doc.title === null && current === null && (node.depth === 1 || /roadmap|plan/i.test(heading))) {
        doc.title = heading;
        continue;
      }
      while (stack.length && (stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
      const parent = stack[stack.length - 1]?.heading ?? null;
      stack.push({ depth: node.depth, heading });
      current = { heading, line, lines: [], tables: [], depth: node.depth, parent };
      doc.sections.push(current);
      continue;
    }
    if (node.type === 'blockquote' && current === null && doc.summary === null) {
      doc.summary = plainText(node).trim();
      continue;
    }
    if (current === null) {
      current = { heading: '', line, lines: [], tables: [], depth: 0, parent: null };
      doc.sections.push(current);
    }
    const before = doc.fields.length;
    collectBlock(node, current, doc.fields, 0);
    for (let i = before; i < doc.fields.length; i++)
      (doc.fields[i] as MdField).section = doc.sections.length - 1;
  }
  return doc;
}

function collectBlock(node: MdBlock, section: MdSection, fields: MdField[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  const line = node.line;
  switch (node.type) {
    case 'list':
      for (const item of node.children) {
        let first = true;
        for (const child of item.children) {
          if (first && child.type === 'paragraph') {
            first = false;
            readParagraphFields(child, fields);
            const text = plainText(child)
              .replace(/\s*\n\s*/g, ' ')
              .trim();
            if (text) section.lines.push({ text, line: child.line ?? line });
          } else {
            collectBlock(child, section, fields, depth + 1);
          }
        }
      }
      return;
    case 'paragraph': {
      readParagraphFields(node, fields);
      const start = node.line;
      plainText(node)
        .split('\n')
        .forEach((t, i) => {
          if (t.trim()) section.lines.push({ text: t.trim(), line: start === null ? null : start + i });
        });
      return;
    }
    case 'table':
      section.tables.push(readTable(node));
      for (const row of node.children.slice(1)) {
        const text = row.children.map((c) => plainText(c).trim()).join(' | ');
        if (text.replace(/[|\s]/g, '')) section.lines.push({ text, line: row.line });
      }
      readTableFields(node, fields);
      return;
    case 'code':
    case 'html':
      for (const t of node.value.split('\n')) if (t.trim()) section.lines.push({ text: t.trim(), line });
      return;
    case 'blockquote':
      for (const child of node.children) collectBlock(child, section, fields, depth + 1);
      return;
    default:
      return;
  }
}

// `**Module ID**: X`, `**Module ID:** X`, `Module ID: X`, one or several per line (R9, R32).
function readParagraphFields(node: MdParagraph, fields: MdField[]): void {
  const start = node.line;
  markedText(node.children)
    .split('\n')
    .forEach((t, i) => {
      for (const pair of labelPairs(t))
        fields.push({ ...pair, line: start === null ? null : start + i, section: -1 });
    });
}

// Bold text is marked so a label can be told from a value: \uE000label\uE001.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;
/** R32: ` | `, `·` and `•` join label pairs on one line (`**Duration**: 35 hours | **Module ID**: mod-812`). */
const JOINER = /\s+\|\s+|\s*[·•]\s*/;
const BOLD_LABEL =
  /^\s*\uE000\s*([^\uE000\uE001]{1,80}?)\s*(?:([:：])\s*\uE001|\uE001\s*([:：\-–—])?)\s*([\s\S]*)$/;
const PLAIN_LABEL = /^\s*([^:：\uE000\uE001]{1,80}?)\s*[:：]\s*([\s\S]*)$/;
// A bold label with its colon starts a new pair anywhere on the line.
const BOLD_LABEL_AHEAD = /(?=\uE000[^\uE000\uE001]{1,80}(?:[:：]\s*\uE001|\uE001\s*[:：]))/;

function markedText(children: MdInline[]): string {
  let out = '';
  for (const c of children) {
    if (c.type === 'strong') out += OPEN + plainText(c).replace(MARKS, '') + CLOSE;
    else out += plainText(c).replace(MARKS, '');
  }
  return out;
}

/**
 * R9/R32: every `Label: value` pair on one line. The first piece may be any label (bold without a colon too);
 * later ones need a colon, and a plain (not bold) one after a joiner must be a known label. A value ends at the
 * next label; pieces that are no label belong to the value before (`Lecture ⏱ 9 hours | Labs ⏱ 12 hours`).
 */
export function labelPairs(line: string): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  let current: { label: string; value: string } | null = null;
  line.split(JOINER).forEach((segment, k) => {
    segment.split(BOLD_LABEL_AHEAD).forEach((piece, j) => {
      const first = k === 0 && j === 0;
      const bold = BOLD_LABEL.exec(piece);
      let pair: { label: string; value: string } | null = null;
      if (bold && (first || bold[2] || bold[3] === ':' || bold[3] === '：'))
        pair = { label: bold[1]!.trim(), value: bold[4] ?? '' };
      else if (!piece.includes(OPEN)) {
        const plain = PLAIN_LABEL.exec(piece);
        if (plain && (first || fieldOf(plain[1]!) !== null))
          pair = { label: plain[1]!.trim(), value: plain[2] ?? '' };
      }
      if (pair && pair.label.replace(MARKS, '').trim()) {
        current = {
          label: pair.label.replace(MARKS, '').trim(),
          value: pair.value.replace(MARKS, '').trim(),
        };
        out.push(current);
      } else if (current) {
        const more = piece.replace(MARKS, '').trim();
        if (more) current.value = current.value ? `${current.value}${j === 0 ? ' | ' : ' '}${more}` : more;
      }
    });
  });
  return out;
}

function readTable(node: MdTableNode): MdTable {
  const [head, ...body] = node.children;
  const header = head ? head.children.map((c) => plainText(c).trim()) : [];
  const cells = body.map((row) => ({
    values: row.children.map((c) => plainText(c).trim()),
    line: row.line,
  }));
  return { header, cells };
}

// A two-column `| Field | Value |` table carries labels too.
function readTableFields(node: MdTableNode, fields: MdField[]): void {
  const rows = node.children;
  if (rows.length === 0 || (rows[0]?.children.length ?? 0) !== 2) return;
  for (const row of rows) {
    const [k, v] = row.children;
    if (!k || !v) continue;
    const label = plainText(k)
      .trim()
      .replace(/[:：]\s*$/, '');
    if (label) fields.push({ label, value: plainText(v).trim(), line: row.line, section: -1 });
  }
}

/** Text of a node without markup; iterative so deep nesting cannot overflow the stack. */
export function plainText(node: MdAnyNode): string {
  let out = '';
  const todo: (MdAnyNode | string)[] = [node];
  while (todo.length) {
    const n = todo.pop() as MdAnyNode | string;
    if (typeof n === 'string') {
      out += n;
      continue;
    }
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code' || n.type === 'html')
      out += n.value;
    else if (n.type === 'break') out += '\n';
    else if ('children' in n) {
      const kids = n.children as MdAnyNode[];
      // Blocks are separated by a line break; inline children run together.
      const sep =
        n.type === 'root' || n.type === 'listItem' || n.type === 'list' || n.type === 'blockquote'
          ? '\n'
          : n.type === 'tableRow'
            ? ' | '
            : '';
      for (let i = kids.length - 1; i >= 0; i--) {
        todo.push(kids[i] as MdAnyNode);
        if (sep && i > 0) todo.push(sep);
      }
    }
  }
  return out;
}
