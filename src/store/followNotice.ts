// What the learner is told when progress followed its node to a new key, was kept aside, or came back (I6).
import type { FollowReport } from '../domain/followProgress';
import type { CatalogIndex } from '../domain/graph';

const LIMIT = 4;

function list(items: string[]): string {
  const shown = items.slice(0, LIMIT).join(', ');
  return items.length > LIMIT ? `${shown} and ${items.length - LIMIT} more` : shown;
}

/** I6: one sentence per kind of change; null when nothing moved. */
export function followNotice(report: FollowReport, index: CatalogIndex): string | null {
  const parts: string[] = [];
  const describe = (key: string) => {
    const node = index.byKey.get(key);
    if (!node) return key;
    const role = node.roles[0] ? `, ${node.roles[0]}` : '';
    return node.title && node.title !== node.id ? `${key} (“${node.title}”${role})` : key;
  };
  if (report.moved.length > 0)
    parts.push(
      `Progress re-attached to the definition it was recorded for: ${list(report.moved.map((m) => `${m.from} → ${describe(m.to)}`))}.`,
    );
  if (report.fresh.length > 0)
    parts.push(
      `New definition${report.fresh.length === 1 ? '' : 's'} start${report.fresh.length === 1 ? 's' : ''} not started: ${list(report.fresh)}.`,
    );
  if (report.reattached.length > 0)
    parts.push(`Progress brought back: ${list(report.reattached.map((r) => describe(r.to)))}.`);
  if (report.setAside.length > 0)
    parts.push(
      `Progress on ${list(report.setAside.map((r) => r.key))} is kept aside: not in this catalog (Diagnostics → Progress not in this catalog).`,
    );
  return parts.length > 0 ? parts.join(' ') : null;
}
