// The keyboard path into and out of the side panel (issue 17 item 4): Enter on a card or a list item opens the
// panel with focus on its heading; closing the panel returns focus to that card or item.

/** Selector of the element focus returns to when the panel closes, and whether the panel should take focus. */
let returnTo: string | null = null;
let focusPending = false;

let onRequest: (() => void) | null = null;

/** Call before opening the panel from the keyboard; `from` selects the card or list item to come back to. */
export function openPanelFromKeyboard(from: string): void {
  returnTo = from;
  focusPending = true;
  onRequest?.();
}

/** The side panel listens: a request for a panel already showing that node changes no state to react to. */
export function onPanelFocusRequest(listener: () => void): () => void {
  onRequest = listener;
  return () => {
    if (onRequest === listener) onRequest = null;
  };
}

/** The side panel calls this once it rendered: true when it should take focus now (once per request). */
export function takePanelFocus(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

/**
 * The side panel calls this when it closes. Only when focus was lost with it (it was inside the panel): back to
 * where the keyboard came from, else to `fallback` (the selected node's card or item), if still on the page.
 */
export function restoreFocusAfterPanel(fallback: string | null): void {
  const selector = returnTo ?? fallback;
  returnTo = null;
  focusPending = false;
  const active = document.activeElement;
  if (active && active !== document.body) return;
  if (selector) document.querySelector<HTMLElement>(selector)?.focus();
}

/** Moves focus to the panel's heading (made focusable for this), or to the panel itself when it has none. */
export function focusPanelHeading(panel: HTMLElement): void {
  const heading = panel.querySelector<HTMLElement>('h2') ?? panel;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/** The element that shows node `key` in the map or the list: where focus returns when the panel closes. */
export function nodeFocusSelector(key: string): string {
  const k = quotedValue(key);
  return `[data-node-key="${k}"], [data-outline-key="${k}"] [data-action="open-details"]`;
}

/** `value` made safe inside a double-quoted attribute selector. */
export function quotedValue(value: string): string {
  return value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');
}
