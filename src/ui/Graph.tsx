// The prerequisite graph: React Flow over the store's catalog and positions; drag, fit, focus and file drops.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi,
  type Edge,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/geometry';
import { FIXED_SIZE_ATTR } from './fixedSizeCards';
import { selectCompetencyNodes, selectEligibility, selectEmphasis, selectPositions } from '../store/derived';
import { usePlanner, usePlannerStore } from '../store/react';
import type { PlannerState } from '../store/types';
import { EdgeMarkers } from './EdgeMarkers';
import { contains, linksNear, viewRect, windowAround, type Rect } from './linkWindow';
import { onViewChange } from './onViewChange';
import { buildEdges, buildNodes } from './graphModel';
import { NodeCard, type CardNode } from './NodeCard';
import { dataTransferToDocuments } from './readFiles';
import { roleColor } from './roleColors';
import { RoleKey } from './RoleKey';
import { CanvasMiniMap } from './CanvasMiniMap';
import { OVERVIEW_BELOW, OverviewCanvas, type OverviewInput } from './OverviewCanvas';
import { activeStatuses } from '../store/progressSlice';
import { statusOfNode } from './nodeState';
import { READABLE_ZOOM, startNode, startViewport } from './startView';
import { useReveal } from './useReveal';

const nodeTypes = { card: NodeCard };
/** Zoomed out, the overview canvas draws the links: React Flow would still draw links between hidden cards. */
const NO_EDGES: Edge[] = [];
/** Below this, every node stays in the DOM (the browser-test contract); above it, only visible ones render. */
const VIRTUALIZE_ABOVE = 1000;
/** Fitted views leave the bottom band (zoom controls, role key, minimap: styles.css) free of nodes. */
const FIT_VIEW = {
  padding: { top: '40px', right: '56px', bottom: '128px', left: '56px' },
  includeHiddenNodes: true,
} as const;

/**
 * The same hidden copy for the same node every time: React Flow re-adopts only nodes whose object changed,
 * so a reveal step or a zoom past the overview threshold costs the cards that change, not all of them.
 */
const hiddenCopies = new WeakMap<CardNode, CardNode>();
function hiddenCopy(n: CardNode): CardNode {
  let copy = hiddenCopies.get(n);
  if (!copy) hiddenCopies.set(n, (copy = { ...n, hidden: true }));
  return copy;
}

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
    (key) => {
      const e = eligibility.get(key);
      return (
        !!e?.eligible &&
        statusOfNode(s, key) !== 'completed' &&
        s.index.byKey.get(key)?.kind !== 'placeholder'
      );
    },
  );
}

function GraphCanvas() {
  const store = usePlannerStore();
  const rf = useReactFlow();
  const flow = useStoreApi<CardNode>();
  const catalog = usePlanner((s) => s.catalog);
  const positions = usePlanner(selectPositions);
  const emphasis = usePlanner(selectEmphasis);
  const competencyKeys = usePlanner((s) => (s.panel === 'gaps' ? selectCompetencyNodes(s) : null));
  const theme = usePlanner((s) => s.theme);
  const direction = usePlanner((s) => s.direction);
  const fitRequest = usePlanner((s) => s.fitRequest);
  const layoutPending = usePlanner((s) => s.layoutPending);
  const focusRequest = usePlanner((s) => s.focusRequest);
  const [dropActive, setDropActive] = useState(false);

  const baseNodes = useMemo(() => buildNodes(catalog, positions, direction), [catalog, positions, direction]);
  // Once every node is placed the edges no longer depend on positions (a drag must not rebuild 4,000 edges).
  const placedFilter = baseNodes.length === catalog.nodes.length ? null : positions;
  const edges = useMemo(() => buildEdges(catalog, emphasis, placedFilter), [catalog, emphasis, placedFilter]);
  // Decided by the catalog, not by the nodes laid out so far: a big catalog arrives before its positions.
  const virtualize = catalog.nodes.length > VIRTUALIZE_ABOVE;
  // React Flow owns transient drag state; the store owns committed positions.
  const [nodes, setNodes] = useState<CardNode[]>(baseNodes);
  useEffect(() => setNodes(baseNodes), [baseNodes]);
  const onNodesChange = useCallback((changes: NodeChange<CardNode>[]) => {
    // Cards have a fixed size the nodes already carry (graphModel.ts), so a measurement confirming it changes
    // nothing, and applying it would rebuild every node each time cards mount or scroll into view — on a
    // reload of the corpus, inside React Flow's resize-observer task. (Fits therefore count nodes by their
    // declared size: includeHiddenNodes.)
    const real = changes.filter(
      (c) =>
        !(
          c.type === 'dimensions' &&
          !c.resizing &&
          c.dimensions?.width === NODE_WIDTH &&
          c.dimensions.height === NODE_HEIGHT
        ),
    );
    if (real.length) setNodes((ns) => applyNodeChanges(real, ns));
  }, []);
  const onNodeDragStop: OnNodeDrag<CardNode> = useCallback(
    (_e, _node, dragged) => {
      const s = store.getState();
      for (const n of dragged) s.moveNode(n.id, Math.round(n.position.x), Math.round(n.position.y));
    },
    [store],
  );

  // Zoomed far out on a big catalog: cards are hidden (React Flow skips them and their edges) and the
  // overview canvas draws the graph instead (OverviewCanvas.tsx).
  // A fit jumps straight to a far zoom: the cards are hidden first, or React Flow would draw every card in
  // view at the new zoom for one frame (seconds at 2,000 nodes) before they hide.
  const [fitting, setFitting] = useState(false);
  const zoomedOut = useFlowStore((s) => virtualize && (fitting || s.transform[2] < OVERVIEW_BELOW));
  useEffect(() => {
    if (!fitting) return;
    void rf.fitView(FIT_VIEW).finally(() => setFitting(false));
  }, [fitting, rf]);
  const fitAll = useCallback(
    () => (virtualize ? setFitting(true) : void rf.fitView(FIT_VIEW)),
    [virtualize, rf],
  );
  // A catalog once laid out (new import, reload, relayout) comes in a few cards per frame (useReveal.ts).
  const allPlaced = baseNodes.length > 0 && baseNodes.length === catalog.nodes.length;
  const revealToken = useMemo(() => (allPlaced ? {} : null), [catalog, allPlaced, direction]); // eslint-disable-line react-hooks/exhaustive-deps
  const revealFrom = useMemo(
    () => (virtualize && revealToken ? (startCard(store.getState(), baseNodes)?.position ?? null) : null),
    [revealToken],
  ); // eslint-disable-line react-hooks/exhaustive-deps
  const onScreen = useRef<ReadonlySet<string>>(new Set());
  const { ids: revealed, first: revealStarts } = useReveal(
    revealToken,
    baseNodes,
    direction,
    virtualize,
    revealFrom,
    onScreen.current,
  );
  const shownNodes = useMemo(
    () =>
      zoomedOut
        ? nodes.map(hiddenCopy)
        : revealed
          ? // A big catalog's first frame (its positions just landed) hands React Flow only the cards already on
            // screen; the hidden rest follow with the first new cards, so adopting 2,000 nodes is not in the same task.
            virtualize && revealStarts
            ? nodes.filter((n) => revealed.has(n.id))
            : nodes.map((n) => (revealed.has(n.id) ? n : hiddenCopy(n)))
          : nodes,
    [nodes, zoomedOut, revealed, revealStarts, virtualize],
  );
  useEffect(() => {
    onScreen.current = new Set(shownNodes.filter((n) => !n.hidden).map((n) => n.id));
  }, [shownNodes]);
  // Big catalogs: React Flow holds only the links near the view (linkWindow.ts); the window moves once the view leaves it.
  const [linkWindow, setLinkWindow] = useState<Rect | null>(null);
  useEffect(() => {
    if (!virtualize) return;
    return onViewChange(flow, (f) => {
      if (!f.width || !f.height) return;
      const view = viewRect(f.transform, f.width, f.height);
      setLinkWindow((w) => (w && contains(w, view) ? w : windowAround(view)));
    });
  }, [virtualize, flow]);
  const nearEdges = useMemo(
    () => (virtualize && linkWindow ? linksNear(edges, positions, linkWindow) : edges),
    [virtualize, linkWindow, edges, positions],
  );
  const shownEdges = useMemo(
    // Big catalogs get their links once the cards are out (re-sending links every frame costs more than it saves).
    () =>
      zoomedOut
        ? NO_EDGES
        : revealed
          ? virtualize
            ? NO_EDGES
            : edges.filter((e) => revealed.has(e.source) && revealed.has(e.target))
          : nearEdges,
    [edges, nearEdges, zoomedOut, revealed, virtualize],
  );
  const index = usePlanner((s) => s.index);
  const statuses = usePlanner((s) => (zoomedOut ? activeStatuses(s) : null)); // no re-render per toggle when cards show
  const overview: OverviewInput | null = useMemo(
    () => (statuses ? { catalog, index, positions, statuses, direction } : null),
    [catalog, index, positions, statuses, direction],
  );
  const onPaneClick = useCallback(
    (e: MouseEvent) => {
      const s = store.getState();
      s.select(null);
      if (!zoomedOut) return;
      // A click on a box of the overview zooms in to that card.
      const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const positionsNow = selectPositions(s);
      for (const key in positionsNow) {
        const p = positionsNow[key]!;
        if (at.x >= p.x && at.x <= p.x + NODE_WIDTH && at.y >= p.y && at.y <= p.y + NODE_HEIGHT) {
          s.select(key);
          // No animation: the zooms in between would each draw hundreds of cards.
          void rf.setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, { zoom: READABLE_ZOOM });
          return;
        }
      }
    },
    [store, rf, zoomedOut],
  );

  // Fit once the layout for the request has landed. Not cancelled on re-render: the nodes update
  // that follows a layout would otherwise cancel the fit it is waiting for.
  const fitted = useRef(0);
  useEffect(() => {
    if (fitRequest === fitted.current || layoutPending || baseNodes.length === 0) return;
    fitted.current = fitRequest;
    if (!virtualize) {
      // While the cards are still arriving the fit is instant: an animated zoom would redraw the whole graph
      // every frame on top of mounting the next cards.
      const duration = revealed ? 0 : 250;
      requestAnimationFrame(() => void rf.fitView({ ...FIT_VIEW, duration }));
      return;
    }
    // Too many cards to read at once: open readable where the learner can start (startView.ts).
    const s = store.getState();
    const anchor = startCard(s, baseNodes);
    const { width, height } = flow.getState();
    if (anchor)
      void rf.setViewport(
        startViewport(
          baseNodes.map((n) => ({ key: n.id, position: n.position })),
          anchor,
          { width, height },
          s.direction,
        ),
      );
  }, [fitRequest, layoutPending, baseNodes, virtualize, revealed, rf, flow, store]);

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

  useEffect(() => {
    if (!focusRequest) return;
    const p = selectPositions(store.getState())[focusRequest.key];
    if (p)
      void rf.setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, {
        zoom: Math.max(rf.getZoom(), 0.85),
        duration: 250,
      });
    const el = document.querySelector<HTMLElement>(`[data-node-key="${CSS.escape(focusRequest.key)}"]`);
    el?.focus({ preventScroll: true });
  }, [focusRequest, rf, store]);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDropActive(true);
  };
  const onDrop = async (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    setDropActive(false);
    const docs = await dataTransferToDocuments(e.dataTransfer);
    await store.getState().importDocuments(docs);
  };

  const minimapColor = useCallback(
    (n: CardNode) => {
      const s = store.getState();
      if (statusOfNode(s, n.id) === 'completed') return 'var(--done)';
      return roleColor(s.index.roles, s.index.byKey.get(n.id)?.roles[0]);
    },
    [store],
  );

  return (
    <div
      className={`graph${dropActive ? ' graph--drop' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={() => setDropActive(false)}
      onDrop={(e) => void onDrop(e)}
      aria-label="Prerequisite graph"
      role="region"
      data-revealing={catalog.nodes.length > 0 && (!allPlaced || revealed) ? 'true' : undefined}
      {...{ [FIXED_SIZE_ATTR]: '' }}
    >
      <ReactFlow<CardNode>
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={(_e, n) => store.getState().select(n.id)}
        onPaneClick={onPaneClick}
        colorMode={theme}
        fitView={!virtualize}
        fitViewOptions={FIT_VIEW}
        minZoom={0.05}
        maxZoom={2}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable
        disableKeyboardA11y
        deleteKeyCode={null}
        panActivationKeyCode={null}
        selectionKeyCode={null}
        onlyRenderVisibleElements={virtualize}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} color="var(--grid)" />
        <EdgeMarkers />
        {virtualize ? (
          <CanvasMiniMap />
        ) : (
          <MiniMap<CardNode>
            pannable
            zoomable
            style={{ width: 160, height: 100 }}
            nodeColor={minimapColor}
            nodeStrokeWidth={0}
            ariaLabel="Minimap"
          />
        )}
        <Controls showInteractive={false} showFitView={false} aria-label="Zoom controls">
          <ControlButton
            className="react-flow__controls-fitview"
            onClick={fitAll}
            title="Fit the whole graph"
            aria-label="Fit the whole graph"
          >
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
              <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
            </svg>
          </ControlButton>
        </Controls>
        <RoleKey />
        {overview && <OverviewCanvas input={overview} theme={theme} />}
        {zoomedOut && (
          <Panel position="top-center" className="overview-hint">
            Zoomed out: click a card to zoom in to it
          </Panel>
        )}
      </ReactFlow>
      {dropActive && <div className="graph__drop">Drop curriculum files or folders to import</div>}
    </div>
  );
}

export function Graph() {
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  );
}
