// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FIXED_SIZE_ATTR, isFixedSizeCard, skipCardMeasurements } from '../../src/ui/fixedSizeCards';

/** A ResizeObserver that records what it was asked to observe. */
function recordingScope() {
  const observed: Element[] = [];
  class Recording {
    constructor(_cb: ResizeObserverCallback) {}
    observe(target: Element) {
      observed.push(target);
    }
    unobserve() {}
    disconnect() {}
  }
  return { scope: { ResizeObserver: Recording as unknown as typeof ResizeObserver }, observed };
}

function dom(marked: boolean) {
  const host = document.createElement('div');
  if (marked) host.setAttribute(FIXED_SIZE_ATTR, '');
  host.innerHTML =
    '<div class="react-flow"><div class="react-flow__node" data-id="A"></div><div class="react-flow__pane"></div></div>';
  document.body.append(host);
  return {
    node: host.querySelector('.react-flow__node')!,
    pane: host.querySelector('.react-flow__pane')!,
    flow: host.querySelector('.react-flow')!,
  };
}

describe('skipCardMeasurements', () => {
  it('cards inside a marked graph are not observed; the pane, the flow and unmarked cards still are', () => {
    const { scope, observed } = recordingScope();
    expect(skipCardMeasurements(scope)).toBe(true);
    const ro = new scope.ResizeObserver(() => {});
    const inside = dom(true);
    const outside = dom(false);
    for (const el of [inside.node, inside.pane, inside.flow, outside.node]) ro.observe(el);
    expect(observed).toEqual([inside.pane, inside.flow, outside.node]);
    expect(isFixedSizeCard(inside.node)).toBe(true);
    expect(isFixedSizeCard(outside.node)).toBe(false);
  });

  it('does nothing where there is no ResizeObserver', () => {
    const scope: { ResizeObserver?: typeof ResizeObserver } = {};
    expect(skipCardMeasurements(scope)).toBe(false);
    expect(scope.ResizeObserver).toBeUndefined();
  });
});
