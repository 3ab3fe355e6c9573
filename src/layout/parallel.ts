// Parallel piece layout. Pieces are laid out independently, so a pool of K workers can each take a share:
// every worker splits the same input (deterministically), lays out the pieces of its share with dagre
// (through the piece cache) and returns them packed in flat arrays; the worker that took share 0 then
// assembles all shares with placePieces, exactly as layoutCatalog does. What crosses threads is kept flat: the
// input as one JSON string (one stringify on the main thread instead of a structured clone per worker), the
// results as typed arrays; only the final Positions object is built on the main thread (positionsOf). Pure: the worker wiring is in
// worker.ts (browser) and bench/measureNode.ts (node worker_threads), both answering with answerLayoutRequest.
import type { Direction, Positions } from './geometry';
import { layoutCatalog, placeNodes } from './layout';
import type { PlacedNodes } from './placed';
import { layoutPiece, type PieceLayout } from './pieceLayout';
import { splitIntoPieces, type LayoutInput, type Piece, type Split } from './pieces';

/** Laid-out pieces of one share, packed so they cross between threads as a few flat arrays. */
export interface ShareLayouts {
  /** Piece indices of the share, in the order of the arrays below. */
  pieces: number[];
  /** Width and height of each piece, interleaved. */
  sizes: Float64Array;
  /** Local top-left corners of the pieces' nodes, piece after piece. */
  xs: Float64Array;
  ys: Float64Array;
}

/** Dagre's fixed cost per call, in nodes' worth of work: a share of many small pieces is not cheap. */
const PIECE_COST = 8;

/** The share (0 … count-1) of every piece: largest pieces first, each to the lightest share so far (ties: lower index). */
export function assignShares(pieces: Piece[], count: number): number[] {
  const cost = pieces.map((p) => (p.kind === 'grid' ? 1 : p.nodes.length + PIECE_COST));
  const order = pieces.map((_, i) => i).sort((a, b) => cost[b]! - cost[a]! || a - b);
  const load = new Array<number>(Math.max(1, count)).fill(0);
  const shareOf = new Array<number>(pieces.length);
  for (const p of order) {
    let lightest = 0;
    for (let s = 1; s < load.length; s++) if (load[s]! < load[lightest]!) lightest = s;
    shareOf[p] = lightest;
    load[lightest] = load[lightest]! + cost[p]!;
  }
  return shareOf;
}

/** Lay out the pieces of one share (through the piece cache). */
export function layoutShare(
  { pieces }: Split,
  share: number,
  count: number,
  direction: Direction,
): ShareLayouts {
  const shareOf = assignShares(pieces, count);
  const mine = pieces.map((_, i) => i).filter((i) => shareOf[i] === share);
  const layouts = mine.map((p) => layoutPiece(pieces[p]!, direction));
  const nodes = layouts.reduce((s, l) => s + l.xs.length, 0);
  const packed: ShareLayouts = {
    pieces: mine,
    sizes: new Float64Array(2 * mine.length),
    xs: new Float64Array(nodes),
    ys: new Float64Array(nodes),
  };
  let at = 0;
  layouts.forEach((l, i) => {
    packed.sizes[2 * i] = l.width;
    packed.sizes[2 * i + 1] = l.height;
    packed.xs.set(l.xs, at);
    packed.ys.set(l.ys, at);
    at += l.xs.length;
  });
  return packed;
}

/** Every piece's layout from the shares; throws when a piece is missing (a share was not laid out). */
export function unpackShares({ pieces }: Split, shares: ShareLayouts[]): PieceLayout[] {
  const layouts = new Array<PieceLayout | undefined>(pieces.length);
  for (const share of shares) {
    let at = 0;
    share.pieces.forEach((p, i) => {
      const n = pieces[p]!.nodes.length;
      layouts[p] = {
        xs: Array.from(share.xs.subarray(at, at + n)),
        ys: Array.from(share.ys.subarray(at, at + n)),
        width: share.sizes[2 * i]!,
        height: share.sizes[2 * i + 1]!,
      };
      at += n;
    });
  }
  const missing = layouts.findIndex((l) => l === undefined);
  if (missing >= 0 || layouts.length !== pieces.length)
    throw new Error(`layout: piece ${missing} is in no share`);
  return layouts as PieceLayout[];
}

/**
 * Messages to a layout worker. `layout`: the whole catalog in one worker. `share`: split `inputJson` (a
 * LayoutInput) and lay out share `share` of `shares`; the split is kept under `job` so that `assemble` of the
 * same job, sent to the worker that took share 0, places all pieces without splitting again.
 */
export type LayoutRequest =
  | { kind: 'layout'; id: number; input: LayoutInput; direction: Direction }
  | {
      kind: 'share';
      id: number;
      job: number;
      inputJson: string;
      direction: Direction;
      share: number;
      shares: number;
    }
  | { kind: 'assemble'; id: number; job: number; direction: Direction; parts: ShareLayouts[] };

export type LayoutResponse =
  | { id: number; positions: Positions }
  | { id: number; share: ShareLayouts }
  | { id: number; placed: PlacedNodes }
  | { id: number; error: string };

/** Splits kept for `assemble`, a few jobs deep (jobs can overlap; an abandoned one is dropped after a while). */
const JOBS_KEPT = 8;
const jobs = new Map<number, { input: LayoutInput; split: Split }>();

function answer(request: LayoutRequest): LayoutResponse {
  const { id } = request;
  switch (request.kind) {
    case 'layout':
      return { id, positions: layoutCatalog(request.input, request.direction) };
    case 'share': {
      const input = JSON.parse(request.inputJson) as LayoutInput;
      const split = splitIntoPieces(input);
      if (request.share === 0) {
        jobs.set(request.job, { input, split });
        if (jobs.size > JOBS_KEPT) jobs.delete(jobs.keys().next().value as number);
      }
      return { id, share: layoutShare(split, request.share, request.shares, request.direction) };
    }
    case 'assemble': {
      const job = jobs.get(request.job);
      if (!job) throw new Error(`layout job ${request.job} is not in this worker`);
      jobs.delete(request.job);
      return { id, placed: placeNodes(job.split, unpackShares(job.split, request.parts), request.direction) };
    }
  }
}

/** A worker's answer to one request; errors come back as `{ error }` rather than crashing the worker. */
export function answerLayoutRequest(request: LayoutRequest): LayoutResponse {
  try {
    return answer(request);
  } catch (err) {
    return { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
}
