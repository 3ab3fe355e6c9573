// How the graph answers a fit request (a new catalog, a relayout, the fit button): fit it whole when it is small
// enough to read whole, else open readable where the learner can start (startView.ts).
import type { Direction } from '../../layout/geometry';
import { startViewport, type StartNode, type Viewport } from './startView';

/** Fitted views leave the bottom band (zoom controls, role key, minimap: styles.css) free of nodes. */
export const FIT_VIEW = {
  padding: { top: '40px', right: '56px', bottom: '128px', left: '56px' },
  includeHiddenNodes: true,
} as const;

export type FitMove =
  /** Fit the whole graph, animated over `duration` ms. */
  | { kind: 'fit'; duration: number }
  /** Jump to this viewport. */
  | { kind: 'viewport'; viewport: Viewport }
  | null;

/**
 * The move for a fit request once its layout has landed. `big`: too many cards to read at once; `revealing`:
 * cards are still arriving (the fit is then instant: an animated zoom would redraw the whole graph every frame on
 * top of mounting the next cards); `anchor`: the card a big catalog opens on (null: none, no move).
 */
export function fitMove(
  big: boolean,
  revealing: boolean,
  nodes: StartNode[],
  anchor: StartNode | null,
  pane: { width: number; height: number },
  direction: Direction,
): FitMove {
  if (!big) return { kind: 'fit', duration: revealing ? 0 : 250 };
  if (!anchor) return null;
  return { kind: 'viewport', viewport: startViewport(nodes, anchor, pane, direction) };
}
