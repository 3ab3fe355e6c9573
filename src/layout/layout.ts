// Piecewise layout: split the graph into pieces (components, role tracks), lay out each piece with
// dagre (cached by structure), then stack the role lanes in order of progression (placePieces.ts).
// Feeding dagre ≤ MAX_PIECE nodes at a time keeps it near-linear in the catalog size.
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from './geometry';
import { layoutPiece } from './pieceLayout';
import { splitIntoPieces, type LayoutInput } from './pieces';
import { placePieces } from './placePieces';

export type { LayoutInput } from './pieces';
export { layoutSignature, LAYOUT_VERSION } from './signature';
export { NODE_HEIGHT, NODE_WIDTH };

export function layoutCatalog(input: LayoutInput, direction: Direction): Positions {
  const { pieces, pieceEdges } = splitIntoPieces(input);
  const layouts = pieces.map((p) => layoutPiece(p, direction));
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
