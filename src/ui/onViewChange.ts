// Redraw something (a canvas) once per animation frame while React Flow's view moves or the pane resizes.
import type { ReactFlowState } from '@xyflow/react';

type ViewState = Pick<ReactFlowState, 'transform' | 'width' | 'height'>;

interface FlowStoreApi<S extends ViewState> {
  getState(): S;
  subscribe(listener: (state: S) => void): () => void;
}

/** Calls `draw(state)` now (next frame) and after every change of transform or pane size, at most once per frame. Returns the stop function. */
export function onViewChange<S extends ViewState>(
  flow: FlowStoreApi<S>,
  draw: (state: S) => void,
): () => void {
  let raf = 0;
  const schedule = () => {
    if (!raf)
      raf = requestAnimationFrame(() => {
        raf = 0;
        draw(flow.getState());
      });
  };
  schedule();
  let last = flow.getState();
  const unsubscribe = flow.subscribe((s) => {
    if (s.transform !== last.transform || s.width !== last.width || s.height !== last.height) schedule();
    last = s;
  });
  return () => {
    unsubscribe();
    cancelAnimationFrame(raf);
  };
}
