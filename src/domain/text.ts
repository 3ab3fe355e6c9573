// Text folding, written once: how names compare and how they become file-name parts.

/**
 * A name as compared (roles, search text): `  AI Infrastructure  team lead ` and `AI Infrastructure Team Lead`
 * fold to the same `ai infrastructure team lead` (trimmed, runs of white space as one space, lower case).
 */
export function foldName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A title as compared when merging sources: lower case, every run of other characters one space. */
export function foldTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A name as a file-name part: `Ana López` → `ana-lopez` (accents dropped, other characters as `-`, at most 40
 * characters; `fallback` when nothing is left).
 */
export function slug(text: string, fallback = 'learner'): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || fallback
  );
}
