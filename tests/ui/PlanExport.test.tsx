// @vitest-environment jsdom
// X1–X7 in the app: the plan panel's "Export plan" buttons hand a calendar / CSV of the active plan to the downloads.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planFile } from '../../src/export/planFiles';
import { selectPlan } from '../../src/store/derived';
import { selectExportData } from '../../src/store/exportData';
import { PlannerProvider } from '../../src/store/react';
import { PlanView } from '../../src/ui/PlanView';
import { parseIcs } from '../support/icalEvents';
import { fixtureStore } from '../store/fixtureCatalog';

const downloads = vi.hoisted(() => [] as { blob: Blob; fileName: string }[]);
vi.mock('../../src/export/download', () => ({
  downloadBlob: (blob: Blob, fileName: string) => downloads.push({ blob, fileName }),
}));

afterEach(cleanup);
beforeEach(() => {
  downloads.length = 0;
});

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

async function plannerOnGoal() {
  const { store } = fixtureStore();
  await act(() => store.getState().rebuildCatalog([]));
  act(() => store.getState().setGoal({ type: 'nodes', keys: ['PROJ-1'] }));
  return store;
}

describe('Export plan (plan panel)', () => {
  it('X7: without a pace the calendar button is off and says why; CSV still works', async () => {
    const store = await plannerOnGoal();
    render(
      <PlannerProvider store={store}>
        <PlanView />
      </PlannerProvider>,
    );
    const ics = screen.getByRole('button', { name: 'Calendar (.ics)' });
    expect(ics).toHaveProperty('disabled', true);
    expect(ics.getAttribute('title')).toMatch(/Set a pace/);
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.fileName).toMatch(/^plan-me-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = (await blobText(downloads[0]!.blob)).trimEnd().split('\r\n');
    expect(rows).toEqual([
      'id,title,hours,cumulative hours,start,finish,status',
      'MOD-1,Foundations,10,10,,,not-started',
      'MOD-2,Operations,20,30,,,not-started',
      'MOD-3,Scaling,30,60,,,not-started',
      'PROJ-1,Capstone,40,100,,,not-started',
    ]);
  });

  it('X1/X2: with a pace, Calendar (.ics) downloads one all-day event per plan item at the plan dates', async () => {
    const store = await plannerOnGoal();
    act(() => store.getState().setPace({ hoursPerWeek: 7, startDate: '2027-01-04' }));
    render(
      <PlannerProvider store={store}>
        <PlanView />
      </PlannerProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Calendar (.ics)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.fileName).toMatch(/\.ics$/);
    const { events, name } = parseIcs(await blobText(downloads[0]!.blob));
    const plan = selectPlan(store.getState())!;
    expect(name).toBe('Me: PROJ-1');
    expect(events.map((e) => [e.summary, e.start])).toEqual(
      plan.items.map((i) => [`${i.id} ${i.title} (${i.hours} h)`, i.start]),
    );
    expect(events.at(-1)!.end).toBe('2027-04-14'); // 100 h at 1 h/day from 2027-01-04: day 99 = 04-13, +1 (exclusive)
    expect(events[0]!.description).toContain('Open in the planner: http');
    await waitFor(() =>
      expect(store.getState().notices.map((n) => n.text)).toContainEqual(
        expect.stringMatching(/^Saved plan-me-.*\.ics: 4 plan items as all-day events\.$/),
      ),
    );
  });
});

describe('planFile (export/planFiles.ts)', () => {
  it('a cancelled calendar export rejects with AbortError and writes nothing', async () => {
    const store = await plannerOnGoal();
    act(() => store.getState().setPace({ hoursPerWeek: 7, startDate: '2027-01-04' }));
    const ctrl = new AbortController();
    ctrl.abort();
    const request = {
      data: selectExportData(store.getState()),
      plannerUrl: null,
      date: '2027-01-01',
      now: 0,
    };
    await expect(planFile({ ...request, format: 'ics', signal: ctrl.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    const progress: number[] = [];
    const done = await planFile({ ...request, format: 'ics', onProgress: (f) => progress.push(f) });
    expect(done.ok).toBe(true);
    expect(progress).toEqual([1]);
  });

  it('no goal: a clear error, no file', async () => {
    const { store } = fixtureStore();
    await act(() => store.getState().rebuildCatalog([]));
    const result = await planFile({
      data: selectExportData(store.getState()),
      format: 'csv',
      plannerUrl: null,
      date: 'x',
      now: 0,
    });
    expect(result).toEqual({ ok: false, error: 'Choose a goal first: there is no learning plan to export.' });
  });
});
