// The share-link payload: a learner's path (statuses, goal, pace, name) and, when small, the catalog's documents.
// Versioned (`v1.`), deflate-raw compressed, base64url; validated with zod when read back. Pure: no DOM, no storage.
import type { Goal, Pace, SourceDocument, Statuses } from '../domain/types';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './compression';
// Type only: the zod schema (./wire) loads when a link is read, so zod stays out of the start-up bundle.
import type { Wire } from './wire';

export const SHARE_VERSION = 1;
/** The catalog travels in the link only while its compressed documents stay under this (links stay pasteable). */
export const INLINE_CATALOG_LIMIT = 8 * 1024;
/** A link never inflates past this. */
const MAX_DECODED_BYTES = 4 * 1024 * 1024;

export interface SharedPath {
  name: string;
  statuses: Statuses;
  goal: Goal | null;
  pace: Pace | null;
  /** The sharer's imported documents (the visitor rebuilds seeds + these), when small enough. */
  sources: SourceDocument[] | null;
  /** Where the catalog is hosted, when the sharer loaded it with ?catalog=. */
  catalogUrl: string | null;
}

export type DecodeResult = { ok: true; path: SharedPath } | { ok: false; error: string };

function toWire(path: SharedPath, withSources: boolean): Wire {
  const c: string[] = [];
  const p: string[] = [];
  const skipped: string[] = [];
  for (const [k, st] of Object.entries(path.statuses)) {
    if (st === 'completed') c.push(k);
    else if (st === 'in-progress') p.push(k);
    else if (st === 'skipped') skipped.push(k);
  }
  const out: Wire = { n: path.name, c: c.sort(), p: p.sort(), g: path.goal, pace: path.pace };
  if (skipped.length > 0) out.k = skipped.sort();
  if (withSources && path.sources?.length) out.s = path.sources.map((d) => ({ path: d.path, text: d.text }));
  if (path.catalogUrl) out.u = path.catalogUrl;
  return out;
}

async function pack(w: Wire): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(w));
  return `v${SHARE_VERSION}.${toBase64Url(await deflateRaw(bytes))}`;
}

export interface EncodedShare {
  token: string;
  /** True when the catalog's documents are inside the link. */
  catalogInLink: boolean;
  /** True when documents existed but were too large to travel in the link. */
  catalogTooLarge: boolean;
}

/** Encodes a path; its documents go along only while the compressed link stays under INLINE_CATALOG_LIMIT. */
export async function encodeShare(path: SharedPath): Promise<EncodedShare> {
  const hasSources = !!path.sources?.length && !path.catalogUrl;
  if (hasSources) {
    const token = await pack(toWire(path, true));
    if (token.length <= INLINE_CATALOG_LIMIT) return { token, catalogInLink: true, catalogTooLarge: false };
  }
  return { token: await pack(toWire(path, false)), catalogInLink: false, catalogTooLarge: hasSources };
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
  return {
    ok: true,
    path: { name: w.n, statuses, goal: w.g, pace: w.pace, sources: w.s ?? null, catalogUrl: w.u ?? null },
  };
}
