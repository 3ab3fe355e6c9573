// Piecewise layout: split the graph into pieces (components, role tracks), lay out each piece with
// dagre (cached by structure), then stack the role lanes in order of progression (placePieces.ts).
// Feeding dagre ≤ MAX_PIECE nodes at a time keeps it near-linear in the catalog size.
// The pieces are independent: parallel.ts lays them out in shares across workers and assembles them here.
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from './geometry';
import { layoutPiece, type PieceLayout } from './pieceLayout';
import { splitIntoPieces, type LayoutInput, type Split } from './pieces';
import { placePieces } from './placePieces';

export type { LayoutInput } from './pieces';
export { layoutSignature, LAYOUT_VERSION } from './signature';
export { NODE_HEIGHT, NODE_WIDTH };

export function layoutCatalog(input: LayoutInput, direction: Direction): Positions {
  const split = splitIntoPieces(input);
  return assemblePositions(
    input,
    split,
    split.pieces.map((p) => layoutPiece(p, direction)),
    direction,
  );
}

/** Place the laid-out pieces (`layouts[p]` is piece p's layout) and return every node's top-left corner by key. */
export function assemblePositions(input: LayoutInput, { pieces, pieceEdges }: Split, layouts: PieceLayout[], direction: Direction): Positions {
  const origins = placePieces(pieces, layouts, pieceEdges, direction);
  const out: Positions = {};
  pieces.forEach((piece, p) => {
    const layout = layouts[p]!;
    const origin = origins[p]!;
    piece.nodes.forEach((nodeIndex, i) => {
      out[input.nodes[nodeIndex]!.key] = { x: origin.x + layout.xs[i]!, y: origin.y + layout.ys[i]! };
    });
  });
  return out;
}
