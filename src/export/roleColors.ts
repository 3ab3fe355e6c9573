// Colour is for role and status only. Roles get calm, distinguishable hues in the order the catalog lists them.
import { foldName } from '../domain/text';
const PALETTE = [
  '#3b82f6',
  '#d97706',
  '#059669',
  '#9333ea',
  '#dc2626',
  '#0891b2',
  '#65a30d',
  '#db2777',
  '#4f46e5',
  '#a16207',
];
const NO_ROLE = '#94a3b8';

/** Per roles list (the catalog index keeps one array per catalog): folded role → position in the list. */
const positionsByList = new WeakMap<readonly string[], Map<string, number>>();

export function roleColor(roles: readonly string[], role: string | undefined): string {
  if (!role) return NO_ROLE;
  let positions = positionsByList.get(roles);
  if (!positions) {
    positions = new Map();
    roles.forEach((r, i) => {
      const key = r.toLowerCase();
      if (!positions!.has(key)) positions!.set(key, i);
    });
    positionsByList.set(roles, positions);
  }
  const i = positions.get(foldName(role));
  return i === undefined ? NO_ROLE : PALETTE[i % PALETTE.length]!;
}
