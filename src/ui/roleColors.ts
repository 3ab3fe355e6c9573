// Colour is for role and status only. Roles get calm, distinguishable hues in the order the catalog lists them.
const PALETTE = ['#3b82f6', '#d97706', '#059669', '#9333ea', '#dc2626', '#0891b2', '#65a30d', '#db2777', '#4f46e5', '#a16207'];
const NO_ROLE = '#94a3b8';

export function roleColor(roles: readonly string[], role: string | undefined): string {
  if (!role) return NO_ROLE;
  const folded = role.trim().replace(/\s+/g, ' ').toLowerCase();
  const i = roles.findIndex((r) => r.toLowerCase() === folded);
  return i < 0 ? NO_ROLE : PALETTE[i % PALETTE.length]!;
}
