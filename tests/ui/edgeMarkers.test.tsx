// @vitest-environment jsdom
// Links name their arrowheads by id (string markers, cheap for React Flow); the ids must all be defined.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { EdgeMarkers } from '../../src/ui/EdgeMarkers';
import { buildEdges } from '../../src/ui/graph-view/elements';
import type { Catalog } from '../../src/domain/types';

describe('edge arrowheads', () => {
  it('every marker a link names is defined once, closed for prerequisites and open for next links', () => {
    const { container } = render(<EdgeMarkers />);
    const markers = [...container.querySelectorAll('marker')];
    const ids = markers.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const catalog = {
      nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      edges: [
        { from: 'a', to: 'b', type: 'prerequisite' },
        { from: 'b', to: 'c', type: 'next' },
      ],
    } as unknown as Catalog;
    const used = [...buildEdges(catalog, null), ...buildEdges(catalog, new Set(['a', 'b', 'c']))].map(
      (e) => e.markerEnd,
    );
    expect(new Set(used).size).toBe(4); // plain and highlighted, for each kind of link
    for (const id of used) {
      expect(typeof id).toBe('string');
      expect(ids).toContain(id);
    }
    const shape = (id: unknown) =>
      container.querySelector(`marker[id="${String(id)}"] polyline`)!.getAttribute('class');
    const [pre, next] = buildEdges(catalog, null);
    expect(shape(pre!.markerEnd)).toBe('arrowclosed');
    expect(shape(next!.markerEnd)).toBe('arrow');
  });
});
