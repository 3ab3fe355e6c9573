// The prerequisite graph: React Flow bound to the graph view model (graph-view/), plus its controls and overlays.
import { useCallback } from 'react';
import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import { selectPath } from '../store/derived';
import { usePlanner, usePlannerStore } from '../store/react';
import { CanvasMiniMap } from './CanvasMiniMap';
import { EdgeMarkers } from './EdgeMarkers';
import { FIXED_SIZE_ATTR } from './fixedSizeCards';
import { FIT_VIEW } from './graph-view/fit';
import { useGraphView } from './graph-view/useGraphView';
import { NodeCard, type CardNode } from './NodeCard';
import { statusOfNode } from './nodeState';
import { OverviewCanvas } from './OverviewCanvas';
import { roleColor } from '../export/roleColors';
import { LaneLabels } from './LaneLabels';
import { RoleKey } from './RoleKey';
import { RoutedEdge } from './RoutedEdge';
import { useFileDrop } from './useFileDrop';

const nodeTypes = { card: NodeCard };
const edgeTypes = { routed: RoutedEdge };

function GraphCanvas({ reveal }: { reveal: boolean }) {
  const store = usePlannerStore();
  const g = useGraphView({ reveal });
  const theme = usePlanner((s) => s.theme);
  const drop = useFileDrop();
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
      className={`graph${drop.active ? ' graph--drop' : ''}`}
      {...drop.handlers}
      aria-label="Prerequisite graph"
      role="region"
      data-revealing={g.revealing ? 'true' : undefined}
      {...{ [FIXED_SIZE_ATTR]: '' }}
    >
      <ReactFlow<CardNode>
        nodes={g.nodes}
        edges={g.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={g.onNodesChange}
        onNodeDragStop={g.onNodeDragStop}
        nodesDraggable={!g.pathOnly}
        onNodeClick={g.onNodeClick}
        onPaneClick={g.onPaneClick}
        colorMode={theme}
        fitView={!g.big}
        fitViewOptions={FIT_VIEW}
        // A big catalog's map can be ~100× wider than the screen (2,000 nodes: ~110,000 px): Fit must reach it.
        minZoom={g.big ? 0.005 : 0.05}
        maxZoom={2}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable
        disableKeyboardA11y
        deleteKeyCode={null}
        panActivationKeyCode={null}
        selectionKeyCode={null}
        onlyRenderVisibleElements={g.big}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} color="var(--grid)" />
        <EdgeMarkers />
        {!g.overview && <LaneLabels catalog={g.catalog} positions={g.positions} />}
        {g.big ? (
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
            onClick={g.fitAll}
            title="Fit the whole graph"
            aria-label="Fit the whole graph"
          >
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
              <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
            </svg>
          </ControlButton>
        </Controls>
        <RoleKey />
        <PathOnlyToggle />
        {g.overview && <OverviewCanvas input={g.overview} theme={theme} />}
        {g.overview && (
          <Panel position="top-center" className="overview-hint">
            Zoomed out: click a card to zoom in to it
          </Panel>
        )}
      </ReactFlow>
      {drop.active && <div className="graph__drop">Drop curriculum files or folders to import</div>}
    </div>
  );
}

/** Path only: the goal's path by itself (PT2). Shown once a goal is set. */
function PathOnlyToggle() {
  const store = usePlannerStore();
  const pathOnly = usePlanner((s) => s.pathOnly);
  const steps = usePlanner((s) => selectPath(s)?.keys.length ?? -1);
  if (steps < 0) return null;
  return (
    <Panel position="top-left" className="path-toggle">
      <button
        type="button"
        className={`btn${pathOnly ? ' btn--on' : ''}`}
        data-action="path-only"
        aria-pressed={pathOnly}
        title={pathOnly ? 'Show the whole map again' : 'Show only the path to the goal, laid out by itself'}
        onClick={() => void store.getState().setPathOnly(!pathOnly)}
      >
        Path only ({steps} step{steps === 1 ? '' : 's'})
      </button>
    </Panel>
  );
}

/** The prerequisite graph. `reveal: false` draws every card at once instead of a few per frame (tests). */
export function Graph({ reveal = true }: { reveal?: boolean }) {
  return (
    <ReactFlowProvider>
      <GraphCanvas reveal={reveal} />
    </ReactFlowProvider>
  );
}
