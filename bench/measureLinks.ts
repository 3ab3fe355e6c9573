// The picture of each layout on the same graph (issue 13): pairs of drawn links that cross, links under cards
// that are not their ends, backward prerequisite links (linkMetrics.ts), and the time each layout takes — this
// project's (layout + link routing, as the app does both), stock whole-graph dagre and elkjs layered with
// orthogonal routing. Every layout gets every drawn link and the app's card size (NODE_WIDTH × NODE_HEIGHT), LR.
import dagre from '@dagrejs/dagre';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Catalog } from '../src/domain/types';
import { drawnLinks, linkId, routedLinks } from '../src/layout/drawnLinks';
import { NODE_HEIGHT, NODE_WIDTH, type Positions } from '../src/layout/geometry';
import { layoutCatalog } from '../src/layout/layout';
import { linkMetrics, type DrawnLink, type LinkMetrics } from './linkMetrics';

export interface PictureResult {
  layout: 'ours' | 'stock dagre' | 'elkjs layered';
  /** Wall-clock of one layout (ours: median of 3, layout + routing). */
  ms: number;
  metrics: LinkMetrics;
}

const round = (x: number) => Math.round(x * 10) / 10;

function ours(catalog: Catalog): PictureResult {
  const links = drawnLinks(catalog.edges);
  let ms: number[] = [];
  let drawn: DrawnLink[] = [];
  let positions: Positions = {};
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    positions = layoutCatalog(catalog, 'LR');
    const routes = routedLinks(catalog.edges, positions, 'LR');
    ms.push(performance.now() - t);
    drawn = links.flatMap((e) => {
      const points = routes.get(linkId(e));
      return points ? [{ ...e, points }] : [];
    });
  }
  ms = ms.sort((a, b) => a - b);
  return { layout: 'ours', ms: round(ms[1]!), metrics: linkMetrics(drawn, positions, 'LR') };
}

/** Stock dagre on the whole graph with every drawn link (a multigraph: a prerequisite and a next link may join one pair). */
function stockDagre(catalog: Catalog): PictureResult {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 32, ranksep: 72 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of catalog.nodes) g.setNode(n.key, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const links = drawnLinks(catalog.edges);
  links.forEach((e) => g.setEdge(e.from, e.to, {}, linkId(e)));
  const t = performance.now();
  dagre.layout(g);
  const ms = performance.now() - t;
  const positions: Positions = {};
  for (const n of catalog.nodes) {
    const p = g.node(n.key);
    positions[n.key] = { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 };
  }
  const drawn = links.map((e) => ({
    ...e,
    points: (g.edge(e.from, e.to, linkId(e)).points ?? []).flatMap((p: { x: number; y: number }) => [
      p.x,
      p.y,
    ]),
  }));
  return { layout: 'stock dagre', ms: round(ms), metrics: linkMetrics(drawn, positions, 'LR') };
}

interface ElkPoint {
  x: number;
  y: number;
}
interface ElkOut {
  children: { id: string; x: number; y: number }[];
  edges: { id: string; sections?: { startPoint: ElkPoint; bendPoints?: ElkPoint[]; endPoint: ElkPoint }[] }[];
}

async function elkLayered(catalog: Catalog): Promise<PictureResult> {
  const elk = new ELK();
  const links = drawnLinks(catalog.edges);
  const keys = [...new Set(catalog.nodes.map((n) => n.key))];
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '32',
      'elk.layered.spacing.nodeNodeBetweenLayers': '72',
    },
    children: keys.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: links.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  };
  const t = performance.now();
  const out = (await elk.layout(graph)) as unknown as ElkOut;
  const ms = performance.now() - t;
  const positions: Positions = {};
  for (const c of out.children) positions[c.id] = { x: c.x, y: c.y };
  const drawn = links.map((e, i) => {
    const s = out.edges.find((x) => x.id === `e${i}`)?.sections?.[0];
    const pts = s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [];
    return { ...e, points: pts.flatMap((p) => [p.x, p.y]) };
  });
  return { layout: 'elkjs layered', ms: round(ms), metrics: linkMetrics(drawn, positions, 'LR') };
}

/** The three pictures of one catalog; stock dagre and elkjs only where asked (they take seconds to minutes on big graphs). */
export async function measurePictures(
  catalog: Catalog,
  opts: { stock: boolean; elk: boolean },
): Promise<PictureResult[]> {
  const out = [ours(catalog)];
  if (opts.stock) out.push(stockDagre(catalog));
  if (opts.elk) out.push(await elkLayered(catalog));
  return out;
}
