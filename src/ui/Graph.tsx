// The prerequisite graph: React Flow over the store's catalog and positions; drag, fit, focus and file drops.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  useStoreApi,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/geometry';
import { selectCompetencyNodes, selectEligibility, selectEmphasis, selectPositions } from '../store/derived';
import { usePlanner, usePlannerStore } from '../store/react';
import { buildEdges, buildNodes } from './graphModel';
import { NodeCard, type CardNode } from './NodeCard';
import { dataTransferToDocuments } from './readFiles';
import { roleColor } from './roleColors';
import { RoleKey } from './RoleKey';
import { CanvasMiniMap } from './CanvasMiniMap';
import { statusOfNode } from './nodeState';
import { startNode, startViewport } from './startView';

const nodeTypes = { card: NodeCard };
/** Below this, every node stays in the DOM (the browser-test contract); above it, only visible ones render. */
const VIRTUALIZE_ABOVE = 1000;
/** Fitted views leave the bottom band (zoom controls, role key, minimap: styles.css) free of nodes. */
const FIT_VIEW = { padding: { top: '40px', right: '56px', bottom: '128px', left: '56px' } } as const;

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
    // Cards have a fixed size that the nodes already carry: a measurement confirming it changes nothing, and
    // applying it would rebuild every node (2,000 of them) each time a few cards scroll into view.
    const real = changes.filter((c) => !(c.type === 'dimensions' && !c.resizing && c.dimensions?.width === NODE_WIDTH && c.dimensions.height === NODE_HEIGHT));
    if (real.length) setNodes((ns) => applyNodeChanges(real, ns));
  }, []);
  const onNodeDragStop: OnNodeDrag<CardNode> = useCallback(
    (_e, _node, dragged) => {
      const s = store.getState();
      for (const n of dragged) s.moveNode(n.id, Math.round(n.position.x), Math.round(n.position.y));
    },
    [store],
  );

  // Fit once the layout for the request has landed. Not cancelled on re-render: the nodes update
  // that follows a layout would otherwise cancel the fit it is waiting for.
  const fitted = useRef(0);
  useEffect(() => {
    if (fitRequest === fitted.current || layoutPending || baseNodes.length === 0) return;
    fitted.current = fitRequest;
    if (!virtualize) {
      requestAnimationFrame(() => void rf.fitView({ ...FIT_VIEW, duration: 250 }));
      return;
    }
    // Too many cards to read at once: open readable where the learner can start (startView.ts).
    const s = store.getState();
    const eligibility = selectEligibility(s);
    const anchor = startNode(baseNodes.map((n) => ({ key: n.id, position: n.position })), s.direction, (key) => {
      const e = eligibility.get(key);
      return !!e?.eligible && statusOfNode(s, key) !== 'completed' && s.index.byKey.get(key)?.kind !== 'placeholder';
    });
    const { width, height } = flow.getState();
    if (anchor) void rf.setViewport(startViewport(baseNodes.map((n) => ({ key: n.id, position: n.position })), anchor, { width, height }, s.direction));
  }, [fitRequest, layoutPending, baseNodes, virtualize, rf, flow, store]);

  // Choosing a competency brings the nodes that build it into view.
  useEffect(() => {
    if (!competencyKeys || competencyKeys.size === 0) return;
    void rf.fitView({ nodes: [...competencyKeys].map((id) => ({ id })), padding: 0.3, maxZoom: 1, duration: 300 });
  }, [competencyKeys, rf]);

  useEffect(() => {
    if (!focusRequest) return;
    const p = selectPositions(store.getState())[focusRequest.key];
    if (p) void rf.setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, { zoom: Math.max(rf.getZoom(), 0.85), duration: 250 });
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
    >
      <ReactFlow<CardNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={(_e, n) => store.getState().select(n.id)}
        onPaneClick={() => store.getState().select(null)}
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
        {virtualize ? (
          <CanvasMiniMap />
        ) : (
          <MiniMap<CardNode> pannable zoomable style={{ width: 160, height: 100 }} nodeColor={minimapColor} nodeStrokeWidth={0} ariaLabel="Minimap" />
        )}
        <Controls showInteractive={false} fitViewOptions={FIT_VIEW} aria-label="Zoom controls" />
        <RoleKey />
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
