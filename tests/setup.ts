// Shared test setup. UI tests opt into jsdom with `// @vitest-environment jsdom`.
// React Flow measures nodes with ResizeObserver and reads DOMMatrixReadOnly: jsdom has neither.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// waitFor waits for a state, not for a time: its default 1 s is a race the graph's layout loses when the machine
// is busy (another test run beside this one made tests/ui fail 2 runs in 8). Tests still fail if the state never
// comes, after 10 s, within the 20 s test timeout.
configure({ asyncUtilTimeout: 10_000 });

const g = globalThis as Record<string, unknown>;
if (typeof window !== 'undefined') {
  if (!g.ResizeObserver) {
    g.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!g.DOMMatrixReadOnly) {
    g.DOMMatrixReadOnly = class {
      m22: number;
      constructor(transform?: string) {
        const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
        this.m22 = scale !== undefined ? Number(scale) : 1;
      }
    };
  }
}
