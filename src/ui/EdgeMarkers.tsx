// Arrowheads for the graph's links, defined once and named by id. With marker objects on the edges React Flow
// derives a marker id from every edge's marker object whenever the edge list changes (~10 ms at 4,000 links);
// a string marker is used as the id as it is. Drawn like React Flow's own Arrow / ArrowClosed markers, and inside
// the .react-flow element, so a picture of the current view (html-to-image) keeps them.

/** Marker ids by link kind; `focus` for links on the highlighted path. */
export const MARKERS = {
  prerequisite: 'cpp-arrow-prerequisite',
  next: 'cpp-arrow-next',
  prerequisiteFocus: 'cpp-arrow-prerequisite-focus',
  nextFocus: 'cpp-arrow-next-focus',
} as const;

function Arrow({ id, color, closed }: { id: string; color: string; closed: boolean }) {
  return (
    <marker
      id={id}
      className="react-flow__arrowhead"
      markerWidth="16"
      markerHeight="16"
      viewBox="-10 -10 20 20"
      markerUnits="strokeWidth"
      orient="auto-start-reverse"
      refX="0"
      refY="0"
    >
      <polyline
        className={closed ? 'arrowclosed' : 'arrow'}
        style={{ strokeWidth: 1, stroke: color, fill: closed ? color : 'none' }}
        strokeLinecap="round"
        strokeLinejoin="round"
        points={closed ? '-5,-4 0,0 -5,4 -5,-4' : '-5,-4 0,0 -5,4'}
      />
    </marker>
  );
}

export function EdgeMarkers() {
  return (
    <svg
      className="edge-markers"
      aria-hidden="true"
      style={{ position: 'absolute', width: 0, height: 0, overflow: 'hidden' }}
    >
      <defs>
        <Arrow id={MARKERS.prerequisite} color="var(--edge)" closed />
        <Arrow id={MARKERS.next} color="var(--edge-next)" closed={false} />
        <Arrow id={MARKERS.prerequisiteFocus} color="var(--accent)" closed />
        <Arrow id={MARKERS.nextFocus} color="var(--accent)" closed={false} />
      </defs>
    </svg>
  );
}
