// Shared test setup. UI tests opt into jsdom with `// @vitest-environment jsdom`.
// React Flow measures nodes with ResizeObserver and reads DOMMatrixReadOnly: jsdom has neither.
import 'fake-indexeddb/auto';

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
