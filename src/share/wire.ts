// The share link's wire format, validated with zod when a link is read (loaded on demand by payload.ts).
import { z } from 'zod';

const key = z.string().min(1).max(200);
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
});
export type Wire = z.infer<typeof wire>;
