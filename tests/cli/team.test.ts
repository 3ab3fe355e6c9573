// T1–T7 through `npm run --silent team`: pathway files saved the way the app saves them (session/pathwayFiles.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathwayFile } from '../../src/session/pathwayFiles';
import { renameProfile } from '../../src/store/profileActions';
import { createPlannerStore } from '../../src/store/store';
import { CLI_TIMEOUT_MS, ROOT } from './run-cli';

function runTeam(args: string[]) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/team.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface TeamOut {
  learners: {
    name: string;
    goal: string | null;
    done: number;
    skipped: number;
    total: number;
    percent: number;
    hoursLeft: number;
    projectedFinish: string | null;
    behindDays: number | null;
    next: string[];
  }[];
  problems: { file: string; problem: string }[];
  notes: string[];
}

/** A learner saved from the app: the seed catalog, `completed` marked through the store, then Save pathway file. */
async function savedLearner(name: string, completed: string[], now = new Date('2027-02-01T09:00:00Z')) {
  const store = createPlannerStore();
  await store.getState().rebuildCatalog([]);
  const { activeId } = store.getState().profiles;
  renameProfile(store, activeId, name);
  for (const key of completed) store.getState().setStatus(key, 'completed');
  return pathwayFile(store, now).json;
}

describe('team CLI', { timeout: CLI_TIMEOUT_MS }, () => {
  it('T1/T6: two files (one and two seed modules completed) give done 1 and 2; a truncated third is named and left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'team-cli-'));
    const ana = await savedLearner('Ana', ['MOD-705']);
    writeFileSync(join(dir, 'ana.json'), ana);
    writeFileSync(join(dir, 'ben.json'), await savedLearner('Ben', ['MOD-705', 'MOD-805']));
    writeFileSync(join(dir, 'cut.json'), ana.slice(0, Math.floor(ana.length / 2)));
    const r = runTeam([
      '--today',
      '2027-02-01',
      join(dir, 'ana.json'),
      join(dir, 'ben.json'),
      join(dir, 'cut.json'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as TeamOut;
    expect(out.learners.map((l) => [l.name, l.done, l.skipped, l.total, l.percent])).toEqual([
      ['Ana', 1, 0, 3, 33],
      ['Ben', 2, 0, 3, 67],
    ]);
    expect(out.learners[0]).toMatchObject({
      goal: null,
      hoursLeft: 86,
      projectedFinish: null,
      behindDays: null,
    });
    expect(out.learners[1]!.next).toEqual(['MOD-807']);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]!.file).toMatch(/cut\.json$/);
    expect(out.problems[0]!.problem).toMatch(/truncated/);
    expect(r.stderr).toMatch(/cut\.json: left out: .*truncated/);
  });

  it('T7: two files of the same learner and catalog → the newer one, and it says so; foreign JSON is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'team-cli-'));
    writeFileSync(
      join(dir, 'a-old.json'),
      await savedLearner('Ana', ['MOD-705'], new Date('2027-01-01T00:00:00Z')),
    );
    writeFileSync(
      join(dir, 'b-new.json'),
      await savedLearner('ana ', ['MOD-705', 'MOD-805'], new Date('2027-01-20T00:00:00Z')),
    );
    writeFileSync(join(dir, 'package.json'), '{ "name": "not-a-pathway" }');
    const r = runTeam(['--today', '2027-02-01', dir]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as TeamOut;
    expect(out.learners.map((l) => [l.name, l.done])).toEqual([['ana', 2]]);
    expect(out.notes[0]).toMatch(
      /two files of the same learner and catalog; showing the newer, .*b-new\.json/,
    );
    expect(out.problems.map((p) => p.file.replace(/.*\//, ''))).toEqual(['package.json']);
    expect(out.problems[0]!.problem).toMatch(/not a planner backup or pathway file/);
  });

  it('T3: with a goal and pace in the file: projected finish and days behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'team-cli-'));
    const store = createPlannerStore();
    await store.getState().rebuildCatalog([]);
    store.getState().setGoal({ type: 'role', role: 'AI Infrastructure Team Lead' });
    store.getState().setPace({ hoursPerWeek: 7, startDate: '2027-01-04' });
    writeFileSync(join(dir, 'lead.json'), pathwayFile(store, new Date('2027-01-10T00:00:00Z')).json);
    const out = JSON.parse(runTeam(['--today', '2027-01-14', join(dir, 'lead.json')]).stdout) as TeamOut;
    // MOD-805 (44 h) + MOD-807 (42 h) and their placeholders; nothing done by day 10 at 1 h a day: 10 days behind.
    expect(out.learners[0]).toMatchObject({
      goal: 'AI Infrastructure Team Lead',
      done: 0,
      total: 2,
      hoursLeft: 86,
    });
    expect(out.learners[0]!.behindDays).toBe(10);
    expect(out.learners[0]!.projectedFinish).toBe('2027-04-09');
  });

  it('usage errors exit 2', () => {
    expect(runTeam([]).code).toBe(2);
    expect(runTeam(['--today', 'soon', 'package.json']).code).toBe(2);
    expect(runTeam(['no-such-file.json']).code).toBe(2);
  });
});
