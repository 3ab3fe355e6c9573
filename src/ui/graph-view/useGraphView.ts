// Binds the graph view model (graphView.ts) to React Flow and the planner store: builds the scene from the
// store, feeds the view's moves and the reveal's animation frames in, and returns the props <ReactFlow> takes.
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type MouseEvent,
} from 'react';
import {
  applyNodeChanges,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import type { Catalog } from '../../domain/types';
import { NODE_HEIGHT, NODE_WIDTH, type Positions } from '../../layout/geometry';
import {
  selectCompetencyNodes,
  selectEligibility,
  selectEmphasis,
  selectPath,
  selectPositions,
} from '../../store/derived';
import { activeStatuses } from '../../store/progressSlice';
import { usePlanner, usePlannerStore } from '../../store/react';
import type { PlannerState } from '../../store/types';
import type { CardNode } from '../NodeCard';
import { statusOfNode } from '../nodeState';
import { onViewChange } from '../onViewChange';
import type { OverviewInput } from '../OverviewCanvas';
import type { RoutedEdgeType } from '../RoutedEdge';
import { buildEdges, buildNodes, shownGraph, withRoutes } from './elements';
import { FIT_VIEW, fitMove } from './fit';
import { GraphView, VIRTUALIZE_ABOVE, cardCentre, isOverviewZoom } from './graphView';
import { READABLE_ZOOM, startNode } from './startView';

/** The card a big catalog opens on (startView.ts): the first one the learner can start now. Once per node list. */
const startCards = new WeakMap<CardNode[], ReturnType<typeof findStartCard>>();
function startCard(s: PlannerState, nodes: CardNode[]) {
  if (!startCards.has(nodes)) startCards.set(nodes, findStartCard(s, nodes));
  return startCards.get(nodes)!;
}
function findStartCard(s: PlannerState, nodes: CardNode[]) {
  const eligibility = selectEligibility(s);
  return startNode(
    nodes.map((n) => ({ key: n.id, position: n.position })),
    s.direction,
    (key) =>
      !!eligibility.get(key)?.eligible &&
      statusOfNode(s, key) !== 'completed' &&
      s.index.byKey.get(key)?.kind !== 'placeholder',
  );
}

/**
 * Cards have a fixed size the nodes already carry (elements.ts), so a measurement confirming it changes
 * nothing, and applying it would rebuild every node each time cards mount or scroll into view — on a reload of
 * the corpus, inside React Flow's resize-observer task. (Fits therefore count nodes by their declared size.)
 */
function realChanges(changes: NodeChange<CardNode>[]): NodeChange<CardNode>[] {
  return changes.filter(
    (c) =>
      !(
        c.type === 'dimensions' &&
        !c.resizing &&
        c.dimensions?.width === NODE_WIDTH &&
        c.dimensions.height === NODE_HEIGHT
      ),
  );
}

export interface GraphBinding {
  nodes: CardNode[];
  edges: RoutedEdgeType[];
  /** The catalog drawn and its positions (Path only: the path subgraph at its own layout). */
  catalog: Catalog;
  positions: Positions;
  /** A big catalog: only visible cards render; the canvas minimap and overview replace React Flow's. */
  big: boolean;
  /** The overview canvas's input while it draws the graph, else null. */
  overview: OverviewInput | null;
  revealing: boolean;
  /** Path only is drawing the path subgraph (cards are not draggable there: positions are the whole map's). */
  pathOnly: boolean;
  onNodesChange: (changes: NodeChange<CardNode>[]) => void;
  onNodeDragStop: OnNodeDrag<CardNode>;
  onNodeClick: (e: MouseEvent, n: CardNode) => void;
  onPaneClick: (e: MouseEvent) => void;
  fitAll: () => void;
}

/** The graph's state for React Flow. `reveal: false` draws every card at once (tests). Inside a ReactFlowProvider. */
export function useGraphView({ reveal = true }: { reveal?: boolean } = {}): GraphBinding {
  const store = usePlannerStore();
  const rf = useReactFlow();
  const flow = useStoreApi<CardNode>();
  const [view] = useState(() => new GraphView<CardNode, RoutedEdgeType>({ reveal }));
  useSyncExternalStore(view.subscribe, view.getVersion);

  const fullCatalog = usePlanner((s) => s.catalog);
  const allPositions = usePlanner(selectPositions);
  // Path only (PT2): the path and the done nodes before it, at the positions of their own layout.
  const path = usePlanner((s) => (s.pathOnly ? selectPath(s) : null));
  const pathPositions = usePlanner((s) => s.pathLayout?.positions ?? null);
  const shown = useMemo(
    () => shownGraph(fullCatalog, allPositions, path, pathPositions),
    [fullCatalog, allPositions, path, pathPositions],
  );
  const { catalog, positions } = shown;
  const emphasis = usePlanner(selectEmphasis);
  const direction = usePlanner((s) => s.direction);
  useEffect(() => {
    if (path) void store.getState().layoutPath();
  }, [path, direction, store]);
  const baseNodes = useMemo(() => buildNodes(catalog, positions, direction), [catalog, positions, direction]);
  // Once every node is placed the edges no longer depend on positions (a drag must not rebuild 4,000 edges).
  const placedFilter = baseNodes.length === catalog.nodes.length ? null : positions;
  const edges = useMemo(
    () => buildEdges(catalog, emphasis, placedFilter, direction),
    [catalog, emphasis, placedFilter, direction],
  );
  // Routes follow the positions (a drop re-routes them, rule M3). A small catalog routes every link at once (the
  // reveal then shows them without re-routing); a big one routes the links in the window near the view, below.
  const routeAll = catalog.nodes.length <= VIRTUALIZE_ABOVE;
  const links = useMemo(
    () => (routeAll ? withRoutes(edges, positions, direction) : edges),
    [routeAll, edges, positions, direction],
  );

  // React Flow owns transient drag state; the store owns committed positions (a new node list replaces it).
  const [held, setHeld] = useState({ base: baseNodes, nodes: baseNodes });
  if (held.base !== baseNodes) setHeld({ base: baseNodes, nodes: baseNodes });
  const nodes = held.base === baseNodes ? held.nodes : baseNodes;
  const onNodesChange = useCallback((changes: NodeChange<CardNode>[]) => {
    const real = realChanges(changes);
    if (real.length) setHeld((h) => ({ base: h.base, nodes: applyNodeChanges(real, h.nodes) }));
  }, []);
  const onNodeDragStop: OnNodeDrag<CardNode> = useCallback(
    (_e, _node, dragged) => {
      const s = store.getState();
      for (const n of dragged) s.moveNode(n.id, Math.round(n.position.x), Math.round(n.position.y));
    },
    [store],
  );

  view.update({
    catalog,
    total: catalog.nodes.length,
    direction,
    nodes,
    links,
    positions,
    revealFrom: () => startCard(store.getState(), baseNodes)?.position ?? null,
  });
  const big = view.big;
  const zoomedFar = useFlowStore((s) => isOverviewZoom(s.transform[2]));
  const draw = view.draw(zoomedFar);
  const drawnLinks = useMemo(
    () => (routeAll ? draw.links : withRoutes(draw.links, positions, direction)),
    [routeAll, draw.links, positions, direction],
  );

  // The reveal's clock: one step per animation frame while it runs.
  const version = view.getVersion();
  useEffect(() => {
    if (!view.pacing) return;
    const raf = requestAnimationFrame((now) => view.frame(now));
    return () => cancelAnimationFrame(raf);
  }, [view, version, draw]);
  // Big catalogs: the link window follows the view.
  useEffect(() => {
    if (!big) return;
    return onViewChange(flow, (f) => view.setView(f.transform, f.width, f.height));
  }, [big, flow, view]);
  // A fit jumps straight to a far zoom: the cards are hidden first (view.fitting), or React Flow would draw every
  // card in view at the new zoom for one frame (seconds at 2,000 nodes) before they hide.
  const fitting = view.fitting;
  useEffect(() => {
    if (!fitting) return;
    void rf.fitView(FIT_VIEW).finally(() => view.setFitting(false));
  }, [fitting, rf, view]);
  const fitAll = useCallback(
    () => (view.big ? view.setFitting(true) : void rf.fitView(FIT_VIEW)),
    [view, rf],
  );

  const index = usePlanner((s) => s.index);
  // No re-render per status toggle while cards show: statuses are read only for the overview.
  const statuses = usePlanner((s) => (draw.overview ? activeStatuses(s) : null));
  const overview = useMemo(
    () => (statuses ? { catalog, index, positions, statuses, direction } : null),
    [catalog, index, positions, statuses, direction],
  );

  const onPaneClick = useCallback(
    (e: MouseEvent) => {
      const s = store.getState();
      s.select(null);
      if (!draw.overview) return;
      // A click on a box of the overview zooms in to that card.
      const key = view.cardAt(rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      const p = key ? selectPositions(s)[key] : undefined;
      if (!key || !p) return;
      s.select(key);
      const c = cardCentre(p);
      // No animation: the zooms in between would each draw hundreds of cards.
      void rf.setCenter(c.x, c.y, { zoom: READABLE_ZOOM });
    },
    [store, rf, view, draw.overview],
  );
  const onNodeClick = useCallback((_e: MouseEvent, n: CardNode) => store.getState().select(n.id), [store]);

  useGraphCamera(view, baseNodes, positions);

  return {
    nodes: draw.nodes,
    edges: drawnLinks,
    catalog,
    positions,
    big,
    overview,
    revealing: draw.revealing,
    pathOnly: shown.pathOnly,
    onNodesChange,
    onNodeDragStop,
    onNodeClick,
    onPaneClick,
    fitAll,
  };
}

/** Moves the camera on the store's requests: fit after a layout, a competency's nodes, a focused card. */
function useGraphCamera(
  view: GraphView<CardNode, RoutedEdgeType>,
  baseNodes: CardNode[],
  positions: Positions,
) {
  const store = usePlannerStore();
  const rf = useReactFlow();
  const flow = useStoreApi<CardNode>();
  const fitRequest = usePlanner((s) => s.fitRequest);
  const layoutPending = usePlanner((s) => s.layoutPending);
  const focusRequest = usePlanner((s) => s.focusRequest);
  const competencyKeys = usePlanner((s) => (s.panel === 'gaps' ? selectCompetencyNodes(s) : null));
  const pacing = view.pacing;
  const big = view.big;

  // Fit once the layout for the request has landed. Not cancelled on re-render: the nodes update
  // that follows a layout would otherwise cancel the fit it is waiting for.
  const fitted = useRef(0);
  // A card asked for while its layout was still pending (a search right after an import): brought into view when
  // the layout lands, instead of the fit requested before it.
  const focusWaiting = useRef<{ request: PlannerState['focusRequest']; afterFit: number } | null>(null);
  const focusServed = useRef<PlannerState['focusRequest']>(null);
  useEffect(() => {
    if (fitRequest === fitted.current || layoutPending || baseNodes.length === 0) return;
    fitted.current = fitRequest;
    const waiting = focusWaiting.current;
    if (waiting?.request) {
      if (waiting.afterFit >= fitRequest && positions[waiting.request.key]) return; // the focus effect serves it
      focusServed.current = waiting.request; // a fit asked for after the card, or the card is not drawn: the fit
      focusWaiting.current = null;
    }
    const s = store.getState();
    const move = fitMove(
      big,
      pacing,
      baseNodes.map((n) => ({ key: n.id, position: n.position })),
      big ? startCard(s, baseNodes) : null,
      flow.getState(),
      s.direction,
    );
    if (move?.kind === 'fit')
      requestAnimationFrame(() => void rf.fitView({ ...FIT_VIEW, duration: move.duration }));
    else if (move) void rf.setViewport(move.viewport);
  }, [fitRequest, layoutPending, baseNodes, positions, big, pacing, rf, flow, store]);

  // Choosing a competency brings the nodes that build it into view.
  useEffect(() => {
    if (!competencyKeys || competencyKeys.size === 0) return;
    void rf.fitView({
      nodes: [...competencyKeys].map((id) => ({ id })),
      padding: 0.3,
      maxZoom: 1,
      duration: 300,
      includeHiddenNodes: true,
    });
  }, [competencyKeys, rf]);

  // The positions drawn (Path only has its own): a reason to serve a focus request still waiting for its layout,
  // never to re-focus one already served.
  useEffect(() => {
    if (!focusRequest || focusServed.current === focusRequest) return;
    const waiting = focusWaiting.current?.request === focusRequest;
    const p = positions[focusRequest.key];
    if (!p && layoutPending) {
      if (!waiting) focusWaiting.current = { request: focusRequest, afterFit: store.getState().fitRequest };
      return;
    }
    focusServed.current = focusRequest;
    focusWaiting.current = null;
    if (p) {
      const c = cardCentre(p);
      void rf.setCenter(c.x, c.y, { zoom: Math.max(rf.getZoom(), 0.85), duration: 250 });
    }
    const el = document.querySelector<HTMLElement>(`[data-node-key="${CSS.escape(focusRequest.key)}"]`);
    el?.focus({ preventScroll: true });
  }, [focusRequest, positions, layoutPending, rf, store]);
}
