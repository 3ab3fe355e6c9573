// What a card or a list item says about a node's progress (S1): its status, or which prerequisites it still needs.
// One wording for the map, the list and the announcements, so they never disagree.
import type { CatalogIndex } from './graph';
import { eligibilityOf, type Eligibility } from './progress';
import type { Status, Statuses } from './types';

/** Ids (not keys) of the prerequisites still missing, comma-joined; an any-of group reads `A or B` (E7). */
export function missingIds(index: CatalogIndex, blockedByGroups: readonly (readonly string[])[]): string {
  const idOf = (k: string) => index.byKey.get(k)?.id ?? k;
  return blockedByGroups.map((group) => group.map(idOf).join(' or ')).join(', ');
}

/**
 * S1: the status line of node `key` — "Completed" / "Done elsewhere" (a placeholder), "Already know this"
 * (skipped, E6), "Ready to start",
 * "In progress", "Needs MOD-801, MOD-802", "Mark if done elsewhere" (an eligible placeholder) or "Not started".
 * `eligibility` is E1's answer for the node (undefined: not known yet, read as not eligible with nothing missing).
 */
export function statusText(
  index: CatalogIndex,
  key: string,
  status: Status,
  eligibility: Eligibility | undefined,
): string {
  const placeholder = index.byKey.get(key)?.kind === 'placeholder';
  const eligible = eligibility?.eligible ?? false;
  const missing = eligibility ? missingIds(index, eligibility.blockedByGroups) : '';
  if (status === 'completed') return placeholder ? 'Done elsewhere' : 'Completed';
  if (status === 'skipped') return 'Already know this';
  if (placeholder && eligible) return 'Mark if done elsewhere';
  if (eligible) return status === 'in-progress' ? 'In progress' : 'Ready to start';
  if (missing) return `Needs ${missing}`;
  return status === 'in-progress' ? 'In progress' : 'Not started';
}

const CHANGED_TO: Record<Status, string> = {
  'not-started': 'marked not started',
  'in-progress': 'marked in progress',
  completed: 'marked completed',
  skipped: 'marked already known',
};

function idList(index: CatalogIndex, keys: string[]): string {
  return keys.map((k) => index.byKey.get(k)?.id ?? k).join(', ');
}

/**
 * S2: what a screen reader hears after node `key` changed from `before` to `after` statuses:
 * "MOD-801 marked completed. MOD-805 is now ready to start." Its dependents that became eligible (E1) are
 * named, and those that stopped being eligible ("MOD-805 is no longer ready to start").
 */
export function statusChangeMessage(
  index: CatalogIndex,
  key: string,
  before: Statuses,
  after: Statuses,
): string {
  const status = after[key] ?? 'not-started';
  const parts = [`${index.byKey.get(key)?.id ?? key} ${CHANGED_TO[status]}.`];
  const ready: string[] = [];
  const notReady: string[] = [];
  for (const d of index.dependentsOf.get(key) ?? []) {
    const was = eligibilityOf(index, before, d).eligible;
    const is = eligibilityOf(index, after, d).eligible;
    if (is && !was) ready.push(d);
    else if (was && !is) notReady.push(d);
  }
  if (ready.length)
    parts.push(`${idList(index, ready)} ${ready.length === 1 ? 'is' : 'are'} now ready to start.`);
  if (notReady.length)
    parts.push(
      `${idList(index, notReady)} ${notReady.length === 1 ? 'is' : 'are'} no longer ready to start.`,
    );
  return parts.join(' ');
}
