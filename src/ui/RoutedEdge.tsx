// A link drawn along its computed route (layout/routes.ts: around cards, never under one). While a card is
// dragged, or before its route is known, the route no longer meets the card: a plain step line is drawn until the
// drop, after which the route is computed again from the new positions. Carries the data-edge-* test hooks.
import { memo } from 'react';
import { getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/geometry';
import { routePath } from '../layout/drawnLinks';
import type { EdgeType } from '../domain/types';

export type RoutedEdgeData = { points: number[] | undefined; kind: EdgeType; lr: boolean };
export type RoutedEdgeType = Edge<RoutedEdgeData, 'routed'>;

/** Does the route still start at the source handle and end on a side of the target card? */
function meets(points: number[], p: EdgeProps<RoutedEdgeType>, lr: boolean): boolean {
  const n = points.length;
  const near = (x: number, y: number, px: number, py: number) => Math.abs(x - px) < 2 && Math.abs(y - py) < 2;
  const [ex, ey] = [points[n - 2]!, points[n - 1]!];
  const farSide = lr
    ? near(ex, ey, p.targetX + NODE_WIDTH, p.targetY)
    : near(ex, ey, p.targetX, p.targetY + NODE_HEIGHT);
  return (
    near(points[0]!, points[1]!, p.sourceX, p.sourceY) && (near(ex, ey, p.targetX, p.targetY) || farSide)
  );
}

function RoutedEdgeView(props: EdgeProps<RoutedEdgeType>) {
  const { data, source, target, style, markerEnd } = props;
  const points = data?.points;
  const lr = data?.lr ?? true;
  const d =
    points && points.length >= 4 && meets(points, props, lr)
      ? routePath(points)
      : getSmoothStepPath({
          sourceX: props.sourceX,
          sourceY: props.sourceY,
          targetX: props.targetX,
          targetY: props.targetY,
          sourcePosition: props.sourcePosition,
          targetPosition: props.targetPosition,
          borderRadius: 8,
        })[0];
  // Links are neither selectable nor focusable: no wider interaction path is needed.
  return (
    <path
      className="react-flow__edge-path"
      d={d}
      fill="none"
      style={style}
      markerEnd={markerEnd}
      data-edge-from={source}
      data-edge-to={target}
      data-edge-type={data?.kind}
    />
  );
}

export const RoutedEdge = memo(RoutedEdgeView);
