// The share link's wire format, validated with zod when a link is read (loaded on demand by payload.ts).
import { z } from 'zod';

const key = z.string().min(1).max(200);
const index = z.number().int().nonnegative();

/**
 * S10: a catalog, or the part of it on the learner's path, as columns (deflate finds the repeats: id prefixes,
 * role names, title words). Node i is `k[i]` (key), `t[i]` (title), `d[i]` (kind: m module, p project,
 * x placeholder), roles `r[o[i][…]]`, `h[i]` hours; `i` lists the nodes whose id differs from their key;
 * `e` and `x` are prerequisite and next links as flat pairs of node numbers; `n` is the size of the sender's
 * catalog (more than the nodes here: the link carries the path only). Without `t` the titles did not fit.
 * `q[i]` lists node i's competencies as flat quadruples [name number in `qn`, lowest level, highest level (0
 * Awareness … 4 Expert; -1 -1 when no level), role number in `r` or -1]: what the visitor's gaps and walkthrough
 * read. Without `q` the competencies did not fit.
 */
export const wireGraph = z
  .object({
    k: z.array(key).max(20_000),
    i: z
      .array(z.tuple([index, key]))
      .max(20_000)
      .optional(),
    t: z.array(z.string().max(1000)).max(20_000).optional(),
    d: z.string().regex(/^[mpx]*$/),
    r: z.array(z.string().max(500)).max(2000),
    o: z.array(z.array(index).max(200)).max(20_000),
    h: z.array(z.number().nonnegative().max(1e6).nullable()).max(20_000),
    e: z.array(index).max(400_000),
    x: z.array(index).max(400_000),
    n: index,
    qn: z.array(z.string().min(1).max(500)).max(20_000).optional(),
    q: z
      .array(z.array(z.number().int().min(-1)).max(800))
      .max(20_000)
      .optional(),
  })
  .superRefine((g, ctx) => {
    const n = g.k.length;
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (g.d.length !== n || g.o.length !== n || g.h.length !== n || (g.t && g.t.length !== n))
      return fail('graph: columns of different lengths');
    if (new Set(g.k).size !== n) return fail('graph: a node key repeats');
    if (g.n < n) return fail('graph: more nodes than the catalog it comes from');
    if (g.e.length % 2 || g.x.length % 2) return fail('graph: a link without its end');
    if ([...g.e, ...g.x, ...(g.i ?? []).map(([at]) => at)].some((at) => at >= n))
      return fail('graph: a link or id names a node that is not there');
    if (g.o.some((roles) => roles.some((r) => r >= g.r.length))) return fail('graph: unknown role number');
    if (g.q) {
      const names = g.qn?.length ?? 0;
      if (g.q.length !== n) return fail('graph: competencies for a different number of nodes');
      for (const list of g.q) {
        if (list.length % 4) return fail('graph: a competency without all its parts');
        for (let j = 0; j < list.length; j += 4) {
          const [name, min, max, role] = list.slice(j, j + 4) as [number, number, number, number];
          if (name < 0 || name >= names) return fail('graph: unknown competency number');
          if (min > max || max > 4 || min < 0 !== max < 0) return fail('graph: a level out of the scale');
          if (role >= g.r.length) return fail('graph: unknown role number');
        }
      }
    }
  });

export const wire = z.object({
  n: z.string().max(200),
  c: z.array(key).max(100_000),
  p: z.array(key).max(100_000),
  /** Skipped ("Already know this") keys; absent in links made before skipped existed. */
  k: z.array(key).max(100_000).optional(),
  g: z
    .union([
      z.object({ type: z.literal('role'), role: z.string().max(500) }),
      z.object({ type: z.literal('nodes'), keys: z.array(key).max(10_000) }),
    ])
    .nullable(),
  pace: z
    .object({
      hoursPerWeek: z.number().positive().max(168),
      startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    })
    .nullable(),
  s: z
    .array(z.object({ path: z.string().max(1000), text: z.string() }))
    .max(2000)
    .optional(),
  u: z.string().url().max(2000).optional(),
  G: wireGraph.optional(),
});
export type Wire = z.infer<typeof wire>;
export type WireGraph = z.infer<typeof wireGraph>;
