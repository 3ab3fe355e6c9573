// Backups (issue 5 item 5): versioned JSON, validated on import with clear errors; nothing replaced without asking.
import { describe, expect, it } from 'vitest';
import { backupFileName, makeBackup, planImport, resolveConflicts } from '../../src/storage/backup';
import { parseBackup } from '../../src/storage/backupParse';
import type { Profile } from '../../src/store/types';

const ana: Profile = {
  id: 'ana',
  name: 'Ana',
  statuses: { 'MOD-1': 'completed', 'MOD-2': 'in-progress' },
  goal: { type: 'role', role: 'Engineer' },
  pace: { hoursPerWeek: 4, startDate: '2025-02-03' },
  notes: { 'MOD-2': 'Pair with Ben' },
};
const me: Profile = { id: 'me', name: 'Me', statuses: {}, goal: null, pace: null, notes: {} };

describe('backup', () => {
  it('B1: a backup round-trips every field of every profile', () => {
    const file = makeBackup([ana, me], new Date('2025-03-04T10:00:00Z'), 'ana');
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, backup: file });
    expect(backupFileName([ana], '2025-03-04')).toBe('planner-backup-ana-2025-03-04.json');
    expect(backupFileName([ana, me], '2025-03-04')).toBe('planner-backup-all-profiles-2025-03-04.json');
  });

  it('B2: bad files are refused with a reason a person understands', () => {
    const cases: [string, RegExp][] = [
      ['not json', /not JSON/],
      ['{"nodes":[]}', /not a planner backup/],
      [JSON.stringify({ ...makeBackup([ana], new Date(0)), version: 7 }), /newer version/],
      [
        JSON.stringify({
          ...makeBackup([ana], new Date(0)),
          profiles: [{ ...ana, statuses: { 'MOD-1': 'done' } }],
        }),
        /profile 1 \(Ana\), statuses\.MOD-1/,
      ],
      [JSON.stringify({ ...makeBackup([ana], new Date(0)), profiles: [] }), /damaged/],
      [JSON.stringify(makeBackup([ana, { ...me, id: 'ana' }], new Date(0))), /twice/],
    ];
    for (const [text, reason] of cases) {
      const r = parseBackup(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(reason);
    }
  });

  it('B3: importing finds conflicts by id or name instead of overwriting', () => {
    const plan = planImport({ me, ana: { ...ana, statuses: {} } }, [
      ana,
      { ...me, id: 'other', name: 'me' },
      { ...me, id: 'ben', name: 'Ben' },
    ]);
    expect(plan.added.map((p) => p.id)).toEqual(['ben']);
    expect(plan.conflicts.map((c) => [c.incoming.id, c.existing.id])).toEqual([
      ['ana', 'ana'],
      ['other', 'me'],
    ]);
  });

  it('B4: conflicts resolve to replacing (same ids) or keeping both (fresh ids and names)', () => {
    const existing = { me, ana: { ...ana, statuses: {} } };
    const plan = planImport(existing, [ana]);
    expect(resolveConflicts(plan, 'replace', existing)).toEqual([ana]);
    const both = resolveConflicts(plan, 'keep-both', existing);
    expect(both).toHaveLength(1);
    expect(both[0]!.id).not.toBe('ana');
    expect(both[0]!.name).toBe('Ana (imported)');
    expect(both[0]!.statuses).toEqual(ana.statuses);
  });
});
