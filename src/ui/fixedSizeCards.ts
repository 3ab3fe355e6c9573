// Cards have a fixed size and handles the nodes declare up front (graph-view/elements.ts), so React Flow's per-node
// resize observer only ever confirms what it already knows — at a price: each newly drawn card triggers a
// measurement pass (forced layout, handle bounds read from the DOM) and a store update that re-renders the
// graph, inside the browser's rendering step. On a 2-core VM that was 10–60 ms per frame while a catalog's
// cards came in, and again whenever panning brought cards into view.
//
// This wraps ResizeObserver so that observing a React Flow node inside an element marked
// `data-fixed-size-cards` is a no-op. Everything else (the pane's own size, other components) is observed as before.

export const FIXED_SIZE_ATTR = 'data-fixed-size-cards';

/** Whether `el` is a card React Flow need not measure. */
export function isFixedSizeCard(el: Element): boolean {
  return el.classList.contains('react-flow__node') && el.closest(`[${FIXED_SIZE_ATTR}]`) !== null;
}

let installed = false;

/** Install the wrapper once (where ResizeObserver exists). Returns whether it is in place. */
export function skipCardMeasurements(
  scope: { ResizeObserver?: typeof ResizeObserver } = globalThis,
): boolean {
  const Base = scope.ResizeObserver;
  if (!Base) return false;
  if (installed && scope === globalThis) return true;
  class CardAwareResizeObserver extends Base {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      if (isFixedSizeCard(target)) return;
      super.observe(target, options);
    }
  }
  scope.ResizeObserver = CardAwareResizeObserver;
  if (scope === globalThis) installed = true;
  return true;
}
