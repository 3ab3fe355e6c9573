// The benchmark's reference page: bare @xyflow/react + dagre rendering a graph from `?data=<url>`
// ({nodes: [{id, title, x?, y?}], edges: [{source, target}]}), with no app logic. Positions given in
// the data are used as they are (same positions as the app); missing ones come from whole-graph dagre.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import dagre from '@dagrejs/dagre';

const WIDTH = 248;
const HEIGHT = 104;

type Data = { title: string; status: 'not-started' | 'completed' };
type BaseNode = Node<Data, 'box'>;

function Box({ id, data }: NodeProps<BaseNode>) {
  const rf = useReactFlow();
  return (
    <div
      data-status={data.status}
      style={{
        width: WIDTH,
        height: HEIGHT,
        border: '1px solid #999',
        borderRadius: 6,
        background: '#fff',
        padding: 8,
        boxSizing: 'border-box',
      }}
    >
      <div>{id}</div>
      <div>{data.title}</div>
      <button
        type="button"
        className="nodrag"
        data-action="toggle-complete"
        onClick={() =>
          rf.updateNodeData(id, { status: data.status === 'completed' ? 'not-started' : 'completed' })
        }
      >
        {data.status === 'completed' ? '✓' : '○'}
      </button>
    </div>
  );
}

const nodeTypes = { box: Box };

interface Input {
  nodes: { id: string; title: string; x?: number; y?: number }[];
  edges: { source: string; target: string }[];
}

function withPositions(input: Input): Input {
  if (input.nodes.every((n) => n.x !== undefined && n.y !== undefined)) return input;
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 32, ranksep: 72 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of input.nodes) g.setNode(n.id, { width: WIDTH, height: HEIGHT });
  for (const e of input.edges) g.setEdge(e.source, e.target);
  dagre.layout(g);
  return {
    ...input,
    nodes: input.nodes.map((n) => ({ ...n, x: g.node(n.id).x - WIDTH / 2, y: g.node(n.id).y - HEIGHT / 2 })),
  };
}

function Graph({ input }: { input: Input }) {
  const [nodes] = useState<BaseNode[]>(() =>
    input.nodes.map((n) => ({
      id: n.id,
      type: 'box',
      position: { x: n.x!, y: n.y! },
      data: { title: n.title, status: 'not-started' },
    })),
  );
  const [edges] = useState<Edge[]>(() =>
    input.edges.map((e, i) => ({ id: `e${i}`, source: e.source, target: e.target })),
  );
  return (
    <div style={{ height: '100%' }}>
      <ReactFlow
        defaultNodes={nodes}
        defaultEdges={edges}
        nodeTypes={nodeTypes}
        fitView
        minZoom={0.05}
        maxZoom={2}
      />
    </div>
  );
}

const url = new URLSearchParams(location.search).get('data');
const input: Input = url ? ((await (await fetch(url)).json()) as Input) : { nodes: [], edges: [] };
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReactFlowProvider>
      <Graph input={withPositions(input)} />
    </ReactFlowProvider>
  </StrictMode>,
);
