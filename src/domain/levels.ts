// The proficiency scale Awareness < Working < Proficient < Advanced < Expert (R6, R7).
import { LEVELS, type LevelName, type LevelRange } from './types';

const STEMS: [RegExp, number][] = [
  [/^awar/, 0],
  [/^work/, 1],
  [/^profic/, 2],
  [/^advanc/, 3],
  [/^expert/, 4],
];

function rankOf(word: string): number | null {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return null;
  for (const [re, rank] of STEMS) if (re.test(w)) return rank;
  return null;
}

/**
 * `Advanced` → {3,3}; `Awareness/Working` (also `–`, `to`, `→`) → {0,1}; anything else → null.
 * A trailing parenthetical (`Advanced (L3)`) is ignored.
 */
export function parseLevel(text: string): LevelRange | null {
  const cleaned = text.replace(/\([^)]*\)/g, ' ').trim();
  if (!cleaned || cleaned.length > 80) return null;
  const parts = cleaned.split(/\s*(?:\/|\bto\b|→|->|–|—|-|\+|,|\bor\b)\s*/i).filter((p) => p.trim() !== '');
  if (parts.length === 0) return null;
  const ranks: number[] = [];
  for (const part of parts) {
    const rank = rankOf(part);
    if (rank === null) return null;
    ranks.push(rank);
  }
  return { min: Math.min(...ranks), max: Math.max(...ranks) };
}

/** The name of a rank, clamped to the scale. */
export function levelName(rank: number): LevelName {
  const i = Math.max(0, Math.min(LEVELS.length - 1, Math.round(rank)));
  return LEVELS[i] ?? 'Awareness';
}

/** `GPU operations`, `gpu-operations`, `GPU_Operations` → `gpu-operations` (R6). */
export function foldCompetencyKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
