// The minimap for big catalogs, drawn on two canvases: React Flow's SVG minimap keeps one element per node
// in the DOM (2,000 rects to build, lay out and restyle), which cost more than the cards on screen.
// The lower canvas holds the nodes (redrawn when positions, statuses or colours change), the upper one the
// view rectangle (redrawn as the view moves). Click or drag on it to move the view there.
import { useCallback, useEffect, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH, type Positions } from '../layout/geometry';
import { selectPositions } from '../store/derived';
import { activeStatuses } from '../store/progressSlice';
import { usePlanner } from '../store/react';
import { roleColor } from '../export/roleColors';
import { onViewChange } from './onViewChange';

const WIDTH = 160;
const HEIGHT = 100;
const PAD = 4;

interface Frame {
  minX: number;
  minY: number;
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** Fits the graph's bounding box into the minimap, centred. */
export function miniMapFrame(positions: Positions, width = WIDTH, height = HEIGHT): Frame | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const k in positions) {
    const p = positions[k]!;
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x + NODE_WIDTH > maxX) maxX = p.x + NODE_WIDTH;
    if (p.y + NODE_HEIGHT > maxY) maxY = p.y + NODE_HEIGHT;
  }
  if (minX === Infinity) return null;
  const scale = Math.min((width - 2 * PAD) / (maxX - minX), (height - 2 * PAD) / (maxY - minY));
  return {
    minX,
    minY,
    scale,
    offsetX: (width - (maxX - minX) * scale) / 2,
    offsetY: (height - (maxY - minY) * scale) / 2,
  };
}

/** Keys whose completed-or-not state differs between two status maps. */
export function changedCompletion(before: Record<string, string>, after: Record<string, string>): string[] {
  const out: string[] = [];
  for (const k in after) if ((after[k] === 'completed') !== (before[k] === 'completed')) out.push(k);
  for (const k in before) if (!(k in after) && before[k] === 'completed') out.push(k);
  return out;
}

function prepare(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  if (canvas.width !== WIDTH * dpr) {
    canvas.width = WIDTH * dpr;
    canvas.height = HEIGHT * dpr;
  }
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx?.clearRect(0, 0, WIDTH, HEIGHT);
  return ctx;
}

export function CanvasMiniMap() {
  const nodesRef = useRef<HTMLCanvasElement>(null);
  const viewRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<Frame | null>(null);
  const flow = useStoreApi();
  const rf = useReactFlow();
  const positions = usePlanner(selectPositions);
  const statuses = usePlanner(activeStatuses);
  const index = usePlanner((s) => s.index);
  const theme = usePlanner((s) => s.theme);

  // View layer: the rectangle of what is on screen, redrawn as React Flow's transform or pane size changes.
  const drawView = useCallback(() => {
    const canvas = viewRef.current;
    const frame = frameRef.current;
    const ctx = canvas && prepare(canvas);
    if (!ctx || !frame) return;
    const { transform, width, height } = flow.getState();
    const [tx, ty, zoom] = transform;
    const x = frame.offsetX + (-tx / zoom - frame.minX) * frame.scale;
    const y = frame.offsetY + (-ty / zoom - frame.minY) * frame.scale;
    const w = (width / zoom) * frame.scale;
    const h = (height / zoom) * frame.scale;
    ctx.fillStyle = 'rgba(100, 116, 139, 0.28)';
    ctx.beginPath();
    ctx.rect(0, 0, WIDTH, HEIGHT);
    ctx.rect(x, y, w, h);
    ctx.fill('evenodd');
    ctx.strokeStyle = getComputedStyle(canvas).getPropertyValue('--accent').trim() || '#2563eb';
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x, y, w, h);
  }, [flow]);
  useEffect(() => onViewChange(flow, drawView), [flow, drawView]);

  // Nodes layer. A status change repaints only the nodes whose colour changed (a toggle must stay cheap); the whole
  // map is painted in a task of its own, after the one that shows the cards.
  const drawn = useRef<{
    positions: Positions;
    index: unknown;
    theme: string;
    statuses: Record<string, string>;
    done: string;
  } | null>(null);
  useEffect(() => {
    const canvas = nodesRef.current;
    if (!canvas) return;
    const last = drawn.current;
    const full = !last || last.positions !== positions || last.index !== index || last.theme !== theme;
    const draw = () => {
      const frame = full ? miniMapFrame(positions) : frameRef.current;
      frameRef.current = frame;
      // Reading a CSS variable forces a style pass: once per theme, not per toggle.
      const done =
        full || !last ? getComputedStyle(canvas).getPropertyValue('--done').trim() || '#16a34a' : last.done;
      drawn.current = { positions, index, theme, statuses, done };
      const ctx = full ? prepare(canvas) : canvas.getContext('2d');
      if (!ctx || !frame) return;
      const w = Math.max(1, NODE_WIDTH * frame.scale);
      const h = Math.max(1, NODE_HEIGHT * frame.scale);
      const colors = new Map<string, string>();
      const paint = (k: string) => {
        const p = positions[k];
        if (!p) return;
        const role = index.byKey.get(k)?.roles[0] ?? '';
        let color = colors.get(role);
        if (color === undefined) colors.set(role, (color = roleColor(index.roles, role || undefined)));
        ctx.fillStyle = statuses[k] === 'completed' ? done : color;
        ctx.fillRect(
          frame.offsetX + (p.x - frame.minX) * frame.scale,
          frame.offsetY + (p.y - frame.minY) * frame.scale,
          w,
          h,
        );
      };
      if (!full) {
        for (const k of changedCompletion(last!.statuses, statuses)) paint(k);
        return;
      }
      for (const k in positions) paint(k);
      drawView();
    };
    if (!full) {
      draw();
      return;
    }
    const timer = setTimeout(draw, 0);
    return () => clearTimeout(timer);
  }, [positions, statuses, index, theme, drawView]);

  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const frame = frameRef.current;
    if (!frame || (e.type === 'pointermove' && e.buttons !== 1)) return;
    const r = e.currentTarget.getBoundingClientRect();
    const fx = frame.minX + (e.clientX - r.left - frame.offsetX) / frame.scale;
    const fy = frame.minY + (e.clientY - r.top - frame.offsetY) / frame.scale;
    void rf.setCenter(fx, fy, { zoom: rf.getZoom() });
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap canvas-minimap">
      <div
        role="img"
        aria-label="Minimap: click or drag to move the view"
        style={{ width: WIDTH, height: HEIGHT, position: 'relative', cursor: 'pointer' }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={moveTo}
      >
        <canvas ref={nodesRef} style={{ width: WIDTH, height: HEIGHT, position: 'absolute', inset: 0 }} />
        <canvas ref={viewRef} style={{ width: WIDTH, height: HEIGHT, position: 'absolute', inset: 0 }} />
      </div>
    </Panel>
  );
}
