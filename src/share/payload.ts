// The share-link payload: a learner's path (statuses, goal, pace, name) and the catalog it is on: the documents when
// they fit, else the catalog or the path's part of it as nodes and links (graph.ts).
// Versioned (`v1.`), deflate-raw compressed, base64url; validated with zod when read back. Pure: no DOM, no storage.
import type { Catalog, Goal, Pace, SourceDocument, Statuses } from '../domain/types';
import { isValidIsoDate } from '../domain/dates';
import { paceProblem } from '../domain/limits';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './compression';
import { graphDocument, packGraph } from './graph';
// Type only: the zod schema (./wire) loads when a link is read, so zod stays out of the start-up bundle.
import type { Wire, WireGraph } from './wire';

export const SHARE_VERSION = 1;
/** S12: a link (address and token) stays at most this long: chat apps and mail clients cut longer ones. */
export const MAX_LINK_LENGTH = 8000;
/** The token alone, when the caller does not say how long its address is. */
export const INLINE_CATALOG_LIMIT = 8 * 1024;
/** A link never inflates past this. */
const MAX_DECODED_BYTES = 4 * 1024 * 1024;

/** The part of the sender's catalog a link carried instead of its documents, as a catalog JSON document. */
export interface SharedGraph {
  document: SourceDocument;
  /** Nodes in the link. */
  shown: number;
  /** Nodes in the sender's catalog: more than `shown` when the link carries the path only. */
  total: number;
  /** False when the titles did not fit (the cards show ids). */
  titles: boolean;
}

export interface SharedPath {
  name: string;
  statuses: Statuses;
  goal: Goal | null;
  pace: Pace | null;
  /** The sharer's imported documents (the visitor rebuilds seeds + these), when small enough. */
  sources: SourceDocument[] | null;
  /** Where the catalog is hosted, when the sharer loaded it with ?catalog=. */
  catalogUrl: string | null;
  /** The sharer's catalog, or the path part of it, when the documents were too large (the visitor shows this alone). */
  graph?: SharedGraph | null;
  /** Why the link's pace was left out (P10: out of range, or a start date that does not exist); shown to the visitor. */
  paceNote?: string;
}

/** What the sender has: the path, and the catalog to cut a compact form from when the documents do not fit. */
export interface ShareInput extends Omit<SharedPath, 'graph'> {
  catalog?: Catalog;
  /** pathNodeKeys of the goal (graph.ts S11); null without a goal. */
  pathKeys?: string[] | null;
}

export type DecodeResult = { ok: true; path: SharedPath } | { ok: false; error: string };

type Carried =
  | { kind: 'built-in' }
  | { kind: 'hosted' }
  | { kind: 'documents' }
  | { kind: 'catalog' | 'path'; graph: WireGraph };

function toWire(path: ShareInput, carried: Carried, statusKeys: Set<string> | null): Wire {
  const c: string[] = [];
  const p: string[] = [];
  const k: string[] = [];
  for (const [key, st] of Object.entries(path.statuses)) {
    if (statusKeys && !statusKeys.has(key)) continue;
    if (st === 'completed') c.push(key);
    else if (st === 'in-progress') p.push(key);
    else if (st === 'skipped') k.push(key);
  }
  const out: Wire = { n: path.name, c: c.sort(), p: p.sort(), g: path.goal, pace: path.pace };
  if (k.length) out.k = k.sort();
  if (carried.kind === 'documents') out.s = (path.sources ?? []).map((d) => ({ path: d.path, text: d.text }));
  if (carried.kind === 'catalog' || carried.kind === 'path') out.G = carried.graph;
  if (path.catalogUrl) out.u = path.catalogUrl;
  return out;
}

async function pack(w: Wire): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(w));
  return `v${SHARE_VERSION}.${toBase64Url(await deflateRaw(bytes))}`;
}

export interface EncodedShare {
  token: string;
  /**
   * What the link carries of the catalog: nothing (the built-in catalog), the hosted catalog's address, the
   * imported documents, the whole catalog as nodes and links, or the path's part of it.
   */
  carries: Carried['kind'];
  /** Nodes in the link and in the sender's catalog (carries 'catalog' or 'path'). */
  shown: number | null;
  total: number | null;
  /** True when the titles were left out to fit. */
  withoutTitles: boolean;
  /** True when even the smallest form is longer than the limit (the UI suggests the pathway file). */
  tooLong: boolean;
  /** True when the catalog's documents are inside the link. */
  catalogInLink: boolean;
  /** True when documents existed but were too large to travel in the link. */
  catalogTooLarge: boolean;
}

/**
 * S12: encodes a path in at most `limit` token characters, trying in turn: the imported documents (full detail),
 * the whole catalog as nodes, links and competencies, the same without competencies, the path's nodes, links and
 * competencies, the same without competencies, then without titles. A hosted catalog
 * travels by address; without imported documents the visitor's built-in catalog is used. Never throws.
 */
export async function encodeShare(path: ShareInput, limit = INLINE_CATALOG_LIMIT): Promise<EncodedShare> {
  const done = (token: string, carried: Carried, tooLong = false): EncodedShare => {
    const graph = carried.kind === 'catalog' || carried.kind === 'path' ? carried.graph : null;
    return {
      token,
      carries: carried.kind,
      shown: graph ? graph.k.length : null,
      total: graph ? graph.n : null,
      withoutTitles: !!graph && !graph.t,
      tooLong,
      catalogInLink: carried.kind === 'documents' || carried.kind === 'catalog',
      catalogTooLarge: hasSources && carried.kind !== 'documents',
    };
  };
  const hasSources = !!path.sources?.length && !path.catalogUrl;
  if (!hasSources) {
    const carried: Carried = path.catalogUrl ? { kind: 'hosted' } : { kind: 'built-in' };
    return done(await pack(toWire(path, carried, null)), carried);
  }
  const tries: (() => [Carried, Set<string> | null] | null)[] = [
    () => [{ kind: 'documents' }, null],
    ...[true, false].map(
      (competencies) => (): [Carried, null] | null =>
        path.catalog
          ? [{ kind: 'catalog', graph: packGraph(path.catalog, null, true, competencies) }, null]
          : null,
    ),
    ...(
      [
        [true, true],
        [true, false],
        [false, false],
      ] as const
    ).map(([titles, competencies]) => (): [Carried, Set<string>] | null => {
      if (!path.catalog || !path.pathKeys?.length) return null;
      const keys = new Set(path.pathKeys);
      return [{ kind: 'path', graph: packGraph(path.catalog, keys, titles, competencies) }, keys];
    }),
  ];
  let last: { token: string; carried: Carried } | null = null;
  for (const attempt of tries) {
    const step = attempt();
    if (!step) continue;
    const token = await pack(toWire(path, step[0], step[1]));
    if (token.length <= limit) return done(token, step[0]);
    last = { token, carried: step[0] };
  }
  // Nothing fits: the smallest graph tried (the link says it is long), else the statuses on the built-in catalog.
  if (last && last.carried.kind !== 'documents') return done(last.token, last.carried, true);
  const bare = await pack(toWire(path, { kind: 'built-in' }, null));
  return { ...done(bare, { kind: 'built-in' }, bare.length > limit), catalogTooLarge: true };
}

/** Reads a token (`v1.<base64url>`). Never throws: a broken or tampered link gives a clear reason. */
export async function decodeShare(token: string): Promise<DecodeResult> {
  const m = /^v(\d+)\.([A-Za-z0-9_-]*)$/.exec(token.trim());
  if (!m)
    return {
      ok: false,
      error: 'The share link is incomplete or not a planner link (expected "#share=v1.…").',
    };
  const version = Number(m[1]);
  if (version !== SHARE_VERSION) {
    return {
      ok: false,
      error: `The share link was made by ${version > SHARE_VERSION ? 'a newer' : 'an unknown'} version of the planner (v${version}).`,
    };
  }
  const bytes = fromBase64Url(m[2]!);
  if (!bytes || bytes.length === 0)
    return {
      ok: false,
      error: 'The share link is damaged (it is not valid base64url). Ask for the link again.',
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await inflateRaw(bytes, MAX_DECODED_BYTES));
  } catch (error) {
    return {
      ok: false,
      error: `The share link is damaged and cannot be unpacked (${error instanceof Error ? error.message : 'bad data'}). Ask for the link again.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'The share link is damaged (its content is not readable). Ask for the link again.',
    };
  }
  const { wire } = await import('./wire');
  const parsed = wire.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: `The share link was changed or is damaged (${first ? `${first.path.join('.') || 'root'}: ${first.message}` : 'invalid'}).`,
    };
  }
  const w = parsed.data;
  const statuses: Statuses = {};
  for (const k of w.p) statuses[k] = 'in-progress';
  for (const k of w.c) statuses[k] = 'completed';
  for (const k of w.k ?? []) statuses[k] = 'skipped';
  // P10: a pace the planner would not plan with is left out, and the visitor is told why (never silently).
  const paceWhy = !w.pace
    ? null
    : (paceProblem(w.pace.hoursPerWeek) ??
      (isValidIsoDate(w.pace.startDate) ? null : `the start date ${w.pace.startDate} does not exist`));
  const graph: SharedGraph | null = w.G
    ? { document: graphDocument(w.G), shown: w.G.k.length, total: w.G.n, titles: !!w.G.t }
    : null;
  return {
    ok: true,
    path: {
      name: w.n,
      statuses,
      goal: w.g,
      pace: paceWhy ? null : w.pace,
      ...(paceWhy ? { paceNote: `The link's pace was left out (${paceWhy}): the plan shows no dates.` } : {}),
      sources: w.s ?? null,
      catalogUrl: w.u ?? null,
      graph,
    },
  };
}
