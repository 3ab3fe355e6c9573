// Role lane labels on the map (rule M6): each lane's role name above its top-left card, in graph coordinates, at a
// size that stays readable on screen whatever the zoom (semantic zoom), never wider than the lane.
import { useMemo } from 'react';
import { useStore as useFlowStore, ViewportPortal } from '@xyflow/react';
import type { Catalog } from '../domain/types';
import { LANE_GAP, type Positions } from '../layout/geometry';
import { laneLabels } from './graph-view/elements';

/** On-screen size of a label (CSS px), and the most a label may take of the gap above its lane. */
const SCREEN_PX = 14;
const MAX_FONT = (LANE_GAP - 16) / 1.3;

export function LaneLabels({ catalog, positions }: { catalog: Catalog; positions: Positions }) {
  const labels = useMemo(() => {
    const all = laneLabels(catalog, positions);
    // A label may run past its lane's cards up to the next label on its line (a one-card lane's role name is longer
    // than its card): the room is the distance to the nearest label to its right at about the same height.
    return all.map((l) => {
      let room = Infinity;
      for (const o of all)
        if (o !== l && o.x > l.x && Math.abs(o.y - l.y) < LANE_GAP) room = Math.min(room, o.x - l.x - 24);
      return { ...l, width: Math.max(l.width, Math.min(room, l.width * 4)) };
    });
  }, [catalog, positions]);
  const zoom = useFlowStore((s) => s.transform[2]);
  const font = Math.min(MAX_FONT, Math.max(SCREEN_PX, SCREEN_PX / zoom));
  return (
    <ViewportPortal>
      {labels.map((l) => (
        <div
          key={l.role}
          className="lane-label"
          data-lane-label={l.role}
          style={{
            transform: `translate(${l.x}px, ${l.y - font * 1.3 - 6}px)`,
            width: l.width,
            fontSize: font,
            lineHeight: 1.3,
          }}
        >
          {l.role}
        </div>
      ))}
    </ViewportPortal>
  );
}
