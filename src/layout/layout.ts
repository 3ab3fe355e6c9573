// Piecewise layout: split the graph into pieces (components, role tracks), lay out each piece with
// dagre (cached by structure), then stack the role lanes in order of progression (placePieces.ts).
// Feeding dagre ≤ MAX_PIECE nodes at a time keeps it near-linear in the catalog size.
// The pieces are independent: parallel.ts lays them out in shares across workers and assembles them here.
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from './geometry';
import { layoutPiece, type PieceLayout } from './pieceLayout';
import { splitIntoPieces, type LayoutInput, type Split } from './pieces';
import { placePieces } from './placePieces';
import { positionsOf, type PlacedNodes } from './placed';

export type { LayoutInput } from './pieces';
export { positionsOf, type PlacedNodes } from './placed';
export { layoutSignature, LAYOUT_VERSION } from './signature';
export { NODE_HEIGHT, NODE_WIDTH };

export function layoutCatalog(input: LayoutInput, direction: Direction): Positions {
  const split = splitIntoPieces(input);
  return positionsOf(
    input,
    placeNodes(
      split,
      split.pieces.map((p) => layoutPiece(p, direction)),
      direction,
    ),
  );
}

/** Place the laid-out pieces (`layouts[p]` is piece p's layout): flat arrays, cheap to send between threads. */
export function placeNodes(
  { pieces, pieceEdges }: Split,
  layouts: PieceLayout[],
  direction: Direction,
): PlacedNodes {
  const origins = placePieces(pieces, layouts, pieceEdges, direction);
  const count = pieces.reduce((s, p) => s + p.nodes.length, 0);
  const placed: PlacedNodes = { nodes: new Int32Array(count), xy: new Float64Array(2 * count) };
  let at = 0;
  pieces.forEach((piece, p) => {
    const layout = layouts[p]!;
    const origin = origins[p]!;
    piece.nodes.forEach((nodeIndex, i) => {
      placed.nodes[at] = nodeIndex;
      placed.xy[2 * at] = origin.x + layout.xs[i]!;
      placed.xy[2 * at + 1] = origin.y + layout.ys[i]!;
      at++;
    });
  });
  return placed;
}
